/**
 * Words written short with a full stop ("approx.", "etc.", "Dr.", "yr."), lower-cased and
 * without it: after one, a sentence goes on ("approx. 20 people", "5 yr.Integrated").
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'approx', 'etc', 'vs', 'cf', 'al', 'ca', 'esp', 'incl', 'min', 'mins', 'hr', 'hrs', 'sec', 'wk', 'wks', 'mo', 'yr', 'yrs', 'no', 'nos', 'fig', 'vol', 'pp', 'ed', 'eds', 'dept', 'univ', 'assoc', 'inc', 'ltd', 'co', 'corp', 'est', 'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'jr', 'sr', 'sgt', 'capt', 'gen', 'rev', 'hon',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'ave', 'blvd', 'rd', 'tel', 'ext', 'dir', 'mgr', 'asst', 'assn', 'intl', 'natl', 'govt', 'misc', 'avg', 'max', 'resp', 'ref', 'orig', 'abt',
]);
