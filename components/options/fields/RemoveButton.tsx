import { t } from '../../common/i18n';

/** "Remove" on screen; the full name ("Remove goal 2") for screen readers, which hear many of them in a row. */
export function RemoveButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <button type="button" className="button button--quiet" aria-label={label} onClick={onClick}>
      {t('remove')}
    </button>
  );
}
