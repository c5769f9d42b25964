// Postcheck's own ESLint rules (plugin `local` in eslint.config.js), tested in tests/unit/lint/rules.test.ts.
//
// `boundaries`: which module may import which. Specifiers are resolved to paths in this repository before they are
// compared, so `../sites/types`, `../../lib/sites` and `@/lib/sites` are one and the same target, which a
// pattern on the raw string (no-restricted-imports) cannot tell.
// `compat-expiry`: a selector kept for an old version of a site is dated in its comment ("may go after 2027-06-30");
// past that date the lint fails, so someone checks whether the old markup still exists and removes the selector.
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const ALIASES = ['@/', '~/', '@@/', '~~/']; // WXT's path aliases for the project root

/** A specifier as this repo's path ('lib/sites/types', no extension) or a package specifier ('react-dom/client'). */
function targetOf(specifier, filename) {
  const alias = ALIASES.find((a) => specifier.startsWith(a));
  let absolute;
  if (alias) absolute = resolve(ROOT, specifier.slice(alias.length));
  else if (specifier.startsWith('.')) absolute = resolve(dirname(filename), specifier);
  else return { module: specifier };
  const path = relative(ROOT, absolute).replaceAll('\\', '/');
  return { path: path.replace(/\.(?:[cm]?[jt]sx?|json)$/, '') };
}

const under = (path, folder) => path === folder || path.startsWith(`${folder}/`);

/** Whether a forbidden entry ('./lib/sites' is a path in this repo, 'zod' a package) covers the import's target. */
function covers(entry, target) {
  if (entry.startsWith('./')) return target.path !== undefined && under(target.path, entry.slice(2));
  return target.module !== undefined && under(target.module, entry);
}

/** An import that brings in no code: `import type`, or every named specifier marked `type`. */
function typeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep each part of the extension to the imports it is allowed (see eslint.config.js)' },
    schema: [
      {
        type: 'object',
        properties: {
          zones: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                from: { type: 'string' },
                forbid: { type: 'array', items: { type: 'string' } },
                typesAllowed: { type: 'array', items: { type: 'string' } },
                why: { type: 'string' },
              },
              required: ['from', 'forbid', 'why'],
              additionalProperties: false,
            },
          },
        },
        required: ['zones'],
        additionalProperties: false,
      },
    ],
    messages: { forbidden: "{{from}} must not import '{{specifier}}' ({{target}}): {{why}}" },
  },
  create(context) {
    const file = relative(ROOT, context.filename).replaceAll('\\', '/');
    const zones = context.options[0].zones.filter((zone) => under(file, zone.from.replace(/^\.\//, '')));
    if (zones.length === 0) return {};
    function check(node, source) {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      const target = targetOf(source.value, context.filename);
      for (const zone of zones) {
        const entry = zone.forbid.find((e) => covers(e, target));
        if (!entry) continue;
        if (typeOnly(node) && (zone.typesAllowed ?? []).some((e) => covers(e, target))) continue;
        const data = { from: zone.from, specifier: source.value, target: entry, why: zone.why };
        context.report({ node: source, messageId: 'forbidden', data });
        return;
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

const DATE = /\bmay go after (\d{4}-\d{2}-\d{2})\b/gi;

const compatExpiry = {
  meta: {
    type: 'problem',
    docs: { description: 'Fail once a dated compatibility selector ("may go after YYYY-MM-DD") is past its date' },
    schema: [{ type: 'object', properties: { today: { type: 'string' } }, additionalProperties: false }],
    messages: {
      expired: 'Compatibility code dated {{date}} is past its date: is the old markup still served? Remove the code or move the date.',
    },
  },
  create(context) {
    // `today` is for the rule's own tests; the lint runs on the real date.
    const today = context.options[0]?.today ?? new Date().toISOString().slice(0, 10);
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          for (const [, date] of comment.value.matchAll(DATE)) {
            if (date < today) context.report({ loc: comment.loc, messageId: 'expired', data: { date } });
          }
        }
      },
    };
  },
};

export default { meta: { name: 'postcheck-local' }, rules: { boundaries, 'compat-expiry': compatExpiry } };
