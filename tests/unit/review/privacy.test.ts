import { describe, expect, test } from 'vitest';
import { cardValid, ibanValid, mask, privacy } from '../../../lib/review/checks/privacy';
import type { NetworkId } from '../../../lib/review/types';
import { draft, reviewOf, runCheck, slices } from './check-harness';
import { defaultRules } from '../../../lib/settings/defaults';

describe('privacy finds personal data', () => {
  test.each([
    // English
    {
      network: 'x',
      text: 'Email me at jane.doe@example.com for the slides from today’s talk!',
      found: [['email', 'jane.doe@example.com']],
    },
    { network: 'facebook', text: 'Lost my phone, call me on (555) 123-4567 after 6pm please', found: [['phone', '(555) 123-4567']] },
    { network: 'x', text: 'Landing at SFO at 9, text +1 415-555-0132 if you get lost', found: [['phone', '+1 415-555-0132']] },
    { network: 'facebook', text: 'Housewarming Saturday! Drop by 221B Baker Street from 7pm', found: [['address', '221B Baker Street']] },
    { network: 'facebook', text: 'We finally moved to 42 Oak Rd. last week — come visit', found: [['address', '42 Oak Rd.']] },
    {
      network: 'facebook',
      text: 'Thanks for the gift! My card 4111 1111 1111 1111 got charged twice though',
      found: [['card', '4111 1111 1111 1111']],
    },
    // German
    { network: 'facebook', text: 'Neue Nummer, ruft mich an: 0171 2345678', found: [['phone', '0171 2345678']] },
    {
      network: 'linkedin',
      text: 'Ihr erreicht uns unter Telefon 030/12345678, Fax 030/12345679.',
      found: [
        ['phone', '030/12345678'],
        ['phone', '030/12345679'],
      ],
    },
    { network: 'linkedin', text: 'Bei Fragen bin ich unter +49 (0)89 1234567 erreichbar.', found: [['phone', '+49 (0)89 1234567']] },
    { network: 'facebook', text: 'Wir feiern am Samstag in der Hauptstraße 5 in Köln 🎉', found: [['address', 'Hauptstraße 5']] },
    { network: 'facebook', text: 'Das Paket bitte an Musterstr. 12a schicken, danke!', found: [['address', 'Musterstr. 12a']] },
    { network: 'facebook', text: 'Treffpunkt: Berliner Straße 12, gleich neben dem Bäcker.', found: [['address', 'Berliner Straße 12']] },
    {
      network: 'facebook',
      text: 'Flohmarkt in der Platzringstraße 4 und am Karl-Marx-Allee 90!',
      found: [
        ['address', 'Platzringstraße 4'],
        ['address', 'Karl-Marx-Allee 90'],
      ],
    },
    { network: 'x', text: '@anna_berg: schreib an anna.berg@example.org, nicht an @team', found: [['email', 'anna.berg@example.org']] },
    {
      network: 'facebook',
      text: 'Spenden für das Tierheim gern an DE89 3704 0044 0532 0130 00 – danke!',
      found: [['iban', 'DE89 3704 0044 0532 0130 00']],
    },
    { network: 'x', text: 'IBAN DE89370400440532013000 BIC COBADEFFXXX für die Kasse', found: [['iban', 'DE89370400440532013000']] },
    // Swedish
    { network: 'facebook', text: 'Ring mig på 070-123 45 67 om du vill följa med!', found: [['phone', '070-123 45 67']] },
    { network: 'linkedin', text: 'Numret till kontoret är +46 8 123 456 78.', found: [['phone', '+46 8 123 456 78']] },
    { network: 'facebook', text: 'Vi ses på Storgatan 12 i Stockholm på fredag', found: [['address', 'Storgatan 12']] },
    { network: 'facebook', text: 'Kom förbi Drottninggatan 5B efter jobbet', found: [['address', 'Drottninggatan 5B']] },
    { network: 'facebook', text: 'Swisha till 0701234567 så fixar jag biljetterna', found: [['phone', '0701234567']] },
    {
      network: 'linkedin',
      text: 'Växeln nås på 08-123 456 78 och e-post info@foretaget.se',
      found: [
        ['phone', '08-123 456 78'],
        ['email', 'info@foretaget.se'],
      ],
    },
    {
      network: 'facebook',
      text: 'Betala insamlingen till SE45 5000 0000 0583 9825 7466',
      found: [['iban', 'SE45 5000 0000 0583 9825 7466']],
    },
    // international numbers written solid: a real country code and a plausible length
    { network: 'x', text: 'New number: +4915112345678, save it', found: [['phone', '+4915112345678']] },
    { network: 'x', text: 'Text me on +46701234567 when you land', found: [['phone', '+46701234567']] },
    { network: 'x', text: 'Call +14155550132 after six', found: [['phone', '+14155550132']] },
    // a bare address, or one after a person's name, is a home
    { network: 'x', text: 'I live at 12 Oak Street, come by any time', found: [['address', '12 Oak Street']] },
    { network: 'facebook', text: 'Anna Schmidt, Hauptstraße 5 – bitte dorthin schicken', found: [['address', 'Hauptstraße 5']] },
  ] as { network: NetworkId; text: string; found: string[][] }[])('$text', ({ network, text, found }) => {
    const finding = runCheck(privacy, draft(network, text));
    expect(finding.level).toBe('problem');
    expect(finding.evidence.map((e, i) => [e.label, slices(text, finding.evidence)[i]])).toEqual(found);
  });
});

describe('privacy leaves ordinary numbers alone', () => {
  test.each([
    'We grew 2019–2024 by 35%, from $1,299 to $12,500 in monthly revenue.',
    'Meeting on 05/12/2024 at 10:30 — version 2.3.1 is released, see the notes.',
    'Our office ZIP is 02139-4307 and we open at 09:00.',
    'Am 05.12.2024 um 18:30 Uhr geht es los, Eintritt 12,50 €.',
    'Termin: 05-12-2024, Tickets ab 0,99 €, Einlass 18-19 Uhr.',
    'Umsatz +12.000.000 Euro im Jahr 2024, Version 0.12.3 ist draußen.',
    'Auf Platz 3 im Ranking gelandet, und Weg 2 ist kürzer als Weg 1.',
    'Mein Arbeitsplatz 2.0 ist fertig, 120 m² und 3 Monitore.',
    'Kl. 08.30–17.00, pris 1 299 kr, år 2024, 3 av 5 kunder.',
    'Listan: 05 06 07 08, sen 2023-11-05 och 2024-01-07.',
    'Order details at https://example.com/orders/01711234567890 and https://shop.se/p/4111111111111111',
    'Reference 4111 1111 1111 1112 is not a card number (Luhn fails).',
    'Top 3 ways to grow 10x by 2025, thanks @jane_doe and #growth',
    'Wir haben +300 000 Follower und 1.234.567 Aufrufe.',
    // a run after + without grouping, no real country code or length, or one digit repeated
    'Aura +100000000 after that move',
    'Views: +10000000 this week, and +1 000 000 0000 is not a number either',
    'Gewonnen: 0000000 Punkte, +9999999999 Aura',
    // a public venue's address
    'Tonight at The Blue Note, 131 W 3rd St, doors at 8.',
    'Live at Joe’s Pub, 425 Lafayette St — see you there',
    'Heute um 19 Uhr Vortrag.\nwo: Kulturgesellschaft, Steinstrasse 44',
    'Lesung im Café Zentral, Hauptstraße 5, ab 19 Uhr',
    'Konsert på Konserthuset, Kungsgatan 43 i kväll',
    'Flohmarkt am Sonntag: Gartenstraße 12 (Stadthalle)',
    // where a job ad asks for applications
    'Hiring a barista in Leeds! Send your resume to jobs.leeds@example.com',
    'Wir suchen Verstärkung. Bewerbungen an karriere@example.de',
    'Skicka din ansökan till rekrytering@example.se senast fredag',
  ])('%s', (text) => {
    const finding = runCheck(privacy, draft('linkedin', text));
    expect(slices(text, finding.evidence)).toEqual([]);
    expect(finding.level).toBe('ok');
  });
});

describe('privacy reasons show masked forms only', () => {
  test('English: kinds named, data masked', () => {
    const text = 'Reach me at jane.doe@example.com or +49 30 12345678, I live at 10 Downing Street.';
    const finding = runCheck(privacy, draft('x', text));
    expect(finding.reason).toBe(
      'It shows personal data in public: an e-mail address “j…@example.com”, a phone number “+49…78”, a street address “… Downing Street”.',
    );
    expect(finding.reason).not.toContain('jane.doe');
    expect(finding.reason).not.toContain('12345678');
    expect(finding.hint).toMatch(/private message/);
  });

  test('German: several of a kind', () => {
    const finding = runCheck(privacy, draft('linkedin', 'Telefon 030/12345678, Fax 030/12345679.'), { locale: 'de' });
    expect(finding.reason).toBe('Der Entwurf zeigt persönliche Daten öffentlich: 2 Telefonnummern „030…78“, „030…79“.');
  });

  test('Swedish: bank and card numbers', () => {
    const finding = runCheck(privacy, draft('facebook', 'Kort 4111-1111-1111-1111, konto SE45 5000 0000 0583 9825 7466'), { locale: 'sv' });
    expect(finding.reason).toBe('Utkastet visar personuppgifter offentligt: ett IBAN-nummer ”SE45…66”, ett kortnummer ”…1111”.');
  });

  test.each([
    ['email', 'a@b.co', 'a…@b.co'],
    ['card', '5500 0000 0000 0004', '…0004'],
    ['address', 'Storgatan 12', 'Storgatan …'],
  ] as const)('mask %s', (label, text, masked) => {
    expect(mask({ label, text })).toBe(masked);
  });
});

test('the validators', () => {
  expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
  expect(ibanValid('GB82 WEST 1234 5698 7654 33')).toBe(false);
  expect(cardValid('378282246310005')).toBe(true); // Amex test number
  expect(cardValid('378282246310006')).toBe(false);
  expect(cardValid('1234567812345670')).toBe(false); // Luhn-valid, but no card issuer starts with 1
});

describe('privacy through review()', () => {
  test.each([
    { severity: 'warn', status: 'warn' },
    { severity: 'fail', status: 'fail' },
    { severity: 'off', status: 'pass' },
  ] as const)('severity $severity → $status', ({ severity, status }) => {
    const rules = defaultRules();
    rules.networks.facebook.severity.privacy = severity;
    const r = reviewOf(draft('facebook', 'Grillabend bei uns, Hauptstraße 5, ab 18 Uhr! Wer bringt Salat mit?'), { rules, locale: 'de' });
    expect(r.check('privacy')).toMatchObject({ status, severity, title: 'Persönliche Daten' });
  });

  test('a reply is checked too', () => {
    expect(reviewOf(draft('x', 'DM me or mail anna.berg@firma.se', 'reply')).check('privacy')!.status).toBe('warn');
  });
});
