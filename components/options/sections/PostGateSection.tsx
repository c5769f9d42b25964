import { t } from '../../common/i18n';
import type { Rules } from '../../../lib/settings/schema';
import { ErrorMessages } from '../fields/Field';
import { at } from '../paths';
import { Section } from '../Section';
import { useField } from '../store';

type Gate = Rules['postGate'];

/** Whether pressing Post with a draft that needs fixing asks first. */
export function PostGateSection() {
  const field = useField<Gate>(at('postGate'));
  const options: [Gate, string, string][] = [
    ['off', t('postGate_off'), t('postGate_offHint')],
    ['nudge', t('postGate_nudge'), t('postGate_nudgeHint')],
  ];
  return (
    <Section id="post-gate" title={t('postGateTitle')} intro={t('postGateIntro')}>
      <fieldset className="group">
        <legend>{t('postGateLegend')}</legend>
        {options.map(([value, label, hint]) => (
          <div key={value} className="field field--check">
            <input
              type="radio"
              id={`post-gate-${value}`}
              name="post-gate"
              value={value}
              checked={field.value === value}
              aria-describedby={`post-gate-${value}-hint`}
              onChange={() => field.set(value)}
            />
            <label htmlFor={`post-gate-${value}`}>{label}</label>
            <p id={`post-gate-${value}-hint`} className="field-hint">
              {hint}
            </p>
          </div>
        ))}
        <ErrorMessages errors={field.errors} />
      </fieldset>
    </Section>
  );
}
