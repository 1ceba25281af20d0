/**
 * How currencies are written around a number, and which ISO 4217 code each
 * form means. A few forms (`$`, `dollars`, `Rs`, `¥`, `pesos`, `shillings`,
 * `cents`) are shared by several currencies; those are settled by the country
 * the document itself talks about most.
 */

/** ISO 3166 codes of the countries a document's currency forms may depend on. */
export type Country = 'AU' | 'NZ' | 'CA' | 'SG' | 'HK' | 'US' | 'IN' | 'PK' | 'LK' | 'NP' | 'JP' | 'CN' | 'MX' | 'PH' | 'KE' | 'UG' | 'TZ' | 'ZA' | 'MY';

interface SharedCurrency {
  /** Candidates in order of preference; the first is the fallback and wins ties. */
  byCountry: readonly (readonly [Country | null, string])[];
}

const DOLLAR: SharedCurrency = {
  byCountry: [[null, 'USD'], ['US', 'USD'], ['AU', 'AUD'], ['NZ', 'NZD'], ['CA', 'CAD'], ['SG', 'SGD'], ['HK', 'HKD']],
};
const RUPEE: SharedCurrency = { byCountry: [[null, 'INR'], ['IN', 'INR'], ['PK', 'PKR'], ['LK', 'LKR'], ['NP', 'NPR']] };
const YEN_YUAN: SharedCurrency = { byCountry: [[null, 'JPY'], ['JP', 'JPY'], ['CN', 'CNY']] };
const PESO: SharedCurrency = { byCountry: [[null, 'MXN'], ['MX', 'MXN'], ['PH', 'PHP']] };
const SHILLING: SharedCurrency = { byCountry: [[null, 'KES'], ['KE', 'KES'], ['UG', 'UGX'], ['TZ', 'TZS']] };

/** ISO codes accepted when written next to a number (`GBP 5m`, `5 million USD`). */
export const ISO_CODES = [
  'GBP', 'USD', 'EUR', 'AUD', 'NZD', 'CAD', 'INR', 'JPY', 'CNY', 'CHF', 'ZAR', 'KES', 'NGN', 'SGD', 'HKD',
  'SEK', 'NOK', 'DKK', 'PKR', 'BDT', 'LKR', 'NPR', 'MYR', 'BRL', 'MXN', 'GHS', 'UGX', 'TZS', 'ILS', 'TRY',
] as const;

/** Forms as written, normalised by `markerKey`. */
const MARKERS: Record<string, string | SharedCurrency> = {
  '£': 'GBP', '€': 'EUR', '₹': 'INR', '₦': 'NGN', '₱': 'PHP', '₩': 'KRW', '₪': 'ILS', '₽': 'RUB', '₺': 'TRY', '₵': 'GHS', 'gh₵': 'GHS', tk: 'BDT', '¥': YEN_YUAN,
  $: DOLLAR, us$: 'USD', a$: 'AUD', au$: 'AUD', aud$: 'AUD', nz$: 'NZD', nzd$: 'NZD',
  c$: 'CAD', ca$: 'CAD', can$: 'CAD', cad$: 'CAD', s$: 'SGD', sg$: 'SGD', sgd$: 'SGD', hk$: 'HKD', hkd$: 'HKD',
  nt$: 'TWD', $us: 'USD', $au: 'AUD', $a: 'AUD', $nz: 'NZD', $c: 'CAD', r$: 'BRL', mex$: 'MXN', rs: RUPEE, ksh: 'KES', rm: 'MYR', r: 'ZAR',
  pound: 'GBP', pounds: 'GBP', sterling: 'GBP', 'pounds sterling': 'GBP', 'pound sterling': 'GBP', pence: 'GBP',
  euro: 'EUR', euros: 'EUR', dollar: DOLLAR, dollars: DOLLAR, cent: DOLLAR, cents: DOLLAR,
  'us dollars': 'USD', 'american dollars': 'USD', 'australian dollars': 'AUD', 'aus dollars': 'AUD',
  'canadian dollars': 'CAD', 'new zealand dollars': 'NZD', 'nz dollars': 'NZD', 'singapore dollars': 'SGD', 'hong kong dollars': 'HKD',
  rupee: RUPEE, rupees: RUPEE, 'indian rupees': 'INR', 'pakistani rupees': 'PKR', 'sri lankan rupees': 'LKR',
  'nepalese rupees': 'NPR', 'nepali rupees': 'NPR', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rand: 'ZAR', naira: 'NGN',
  peso: PESO, pesos: PESO, shilling: SHILLING, shillings: SHILLING, franc: 'CHF', francs: 'CHF', 'swiss francs': 'CHF',
  kronor: 'SEK', cedi: 'GHS', cedis: 'GHS', ringgit: 'MYR', baht: 'THB',
};
for (const code of ISO_CODES) MARKERS[code.toLowerCase()] = code;

/** Currency words that count hundredths of the unit. */
const MINOR_UNITS = new Set(['pence', 'cent', 'cents']);

const COUNTRY_NAMES: readonly (readonly [Country, string])[] = [
  ['AU', 'Australia|Australians?|Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|Hobart|Queensland|New South Wales|NSW|Tasmania|Northern Territory|Aboriginal and Torres Strait Islander|A\\$|AU\\$'],
  ['NZ', 'New Zealand(?:ers?)?|Aotearoa|Auckland|Wellington|Christchurch|Dunedin|Tauranga|Invercargill|Waikato|Otago|Southland|Māori|Maori|Kiwis?|NZ\\$?'],
  ['CA', 'Canada|Canadians?|Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Ontario|Quebec|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|First Nations|C\\$|Can\\$'],
  ['SG', 'Singapore(?:ans?)?'],
  ['HK', 'Hong Kong'],
  ['US', 'United States|U\\.S\\.|USA|US|America|Americans?|Congress'],
  ['IN', 'India|Indians?|New Delhi|Delhi|Mumbai'],
  ['PK', 'Pakistan|Pakistanis?|Islamabad|Karachi|Lahore'],
  ['LK', 'Sri Lankan?|Colombo'],
  ['NP', 'Nepal|Nepalese|Nepali|Kathmandu'],
  ['JP', 'Japan|Japanese|Tokyo'],
  ['CN', 'China|Chinese|Beijing'],
  ['MX', 'Mexico|Mexicans?'],
  ['PH', 'Philippines|Filipinos?|Manila'],
  ['KE', 'Kenya|Kenyans?|Nairobi'],
  ['UG', 'Uganda|Ugandans?|Kampala'],
  ['TZ', 'Tanzania|Tanzanians?|Dodoma'],
  ['ZA', 'South Africa|South Africans?|Johannesburg|Cape Town|Pretoria|Gauteng|KwaZulu-Natal|Sassa|SASSA'],
  ['MY', 'Malaysia|Malaysians?|Kuala Lumpur'],
];

/**
 * Names as one alternation grouped by their first letter, in their own order within a letter, so at a
 * capital the engine tries only the names that begin with it; names that begin with different letters
 * never compete for the same match. Every name opens on a plain letter and holds no alternation.
 */
function byFirstLetter(names: readonly string[]): string {
  const rests = new Map<string, string[]>();
  for (const name of names) rests.set(name[0], [...(rests.get(name[0]) ?? []), name.slice(1)]);
  return [...rests].map(([first, rest]) => `${first}(?:${rest.join('|')})`).join('|');
}

const COUNTRY_RE = new RegExp(`(?:${byFirstLetter(COUNTRY_NAMES.flatMap(([, names]) => names.split('|')))})(?![A-Za-z])`, 'g');

/** Countries by a name as matched; a corpus writes its countries in a few dozen ways, each read once. */
const countryOfName = new Map<string, Country | undefined>();

/** The country of a name as matched: the first with a name that is the whole of it, as the alternation tries them in order. */
function countryOf(name: string): Country | undefined {
  if (!countryOfName.has(name)) countryOfName.set(name, COUNTRY_NAMES.find(([, names]) => new RegExp(`^(?:${names})$`).test(name))?.[0]);
  return countryOfName.get(name);
}

/**
 * The lookup key of a currency form: lower case, no dots, one space between words, none at either end
 * or before a `$` (`U.S. $` → `us$`).
 */
function markerKey(written: string): string {
  return written.trim().toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').replace(/ \$/, '$');
}

/** What a form as written stands for. */
interface Form {
  /** The form's currency, or the choice it leaves to the document; `XXX` for no currency. */
  entry: string | SharedCurrency;
  /** 0.01 for forms that count pence or cents, else 1. */
  unit: number;
}

/** Forms by how they are written. A corpus writes its amounts in a few dozen forms, so each is read once, not once per amount. */
const forms = new Map<string, Form>();

/** A form's entry is found singular or plural (`U.S. dollar` reads as `U.S. dollars`). */
function formOf(written: string): Form {
  let form = forms.get(written);
  if (form === undefined) {
    const key = markerKey(written);
    form = { entry: MARKERS[key] ?? MARKERS[`${key}s`] ?? 'XXX', unit: MINOR_UNITS.has(key) ? 0.01 : 1 };
    forms.set(written, form);
  }
  return form;
}

/** 0.01 for forms that count pence or cents, else 1. */
export function unitOf(written: string): number {
  return formOf(written).unit;
}

/** How often the text names each country (or writes a country's own dollar sign). */
export function countCountries(text: string): Map<Country, number> {
  const counts = new Map<Country, number>();
  COUNTRY_RE.lastIndex = 0;
  for (let m = COUNTRY_RE.exec(text); m; m = COUNTRY_RE.exec(text)) {
    if (m.index > 0 && /[\w$]/.test(text[m.index - 1])) continue;
    const country = countryOf(m[0]);
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

/** Countries whose currency sign is too weak to stand on a plain number elsewhere (`R5` is also a route). */
const HOME_OF: Record<string, Country> = { ZAR: 'ZA', MYR: 'MY' };

/** Reads the currency forms of one document. */
export interface CurrencyReader {
  /**
   * The ISO code of a form as written, spaces either side allowed: `codeOf('£')` → `GBP`; `codeOf('$')` is
   * `NZD` in a text that mostly talks about New Zealand and `USD` when no dollar country stands out.
   */
  codeOf(written: string): string;
  /** Whether the text talks about the currency's own country more than any other (`ZAR` in a South African text). */
  isHome(code: string): boolean;
}

/** A reader for one document; the country count runs once, when first needed. */
export function currencyReader(text: string): CurrencyReader {
  let countries: Map<Country, number> | undefined;
  const counts = (): Map<Country, number> => (countries ??= countCountries(text));
  const settled = new Map<SharedCurrency, string>();
  return {
    codeOf(written) {
      const { entry } = formOf(written);
      if (typeof entry === 'string') return entry;
      let code = settled.get(entry);
      if (code === undefined) {
        let bestCount = 0;
        code = entry.byCountry[0][1];
        for (const [country, candidate] of entry.byCountry) {
          const n = country ? counts().get(country) ?? 0 : 0;
          if (n > bestCount) [code, bestCount] = [candidate, n];
        }
        settled.set(entry, code);
      }
      return code;
    },
    isHome(code) {
      const home = HOME_OF[code];
      if (!home) return false;
      const n = counts().get(home) ?? 0;
      return n > 0 && [...counts().values()].every((other) => other <= n);
    },
  };
}

/**
 * The currency most of a document's policy money is in, the first seen on a tie; undefined for a
 * document that names no policy money. It tells whose budget a document talks about.
 */
export function mainCurrency(funding: readonly { currency: string; policy: boolean }[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const { currency, policy } of funding) {
    if (!policy) continue;
    const n = (counts.get(currency) ?? 0) + 1;
    counts.set(currency, n);
    if (n > bestCount) [best, bestCount] = [currency, n];
  }
  return best;
}
