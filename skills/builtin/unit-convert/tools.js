// Unit conversion: every unit is a factor to its kind's base unit (m, g, ml), except
// temperatures, which are affine. Factors are exact by definition (NIST SP 811, appendix B).

const UNITS = {
  length: { mm: 0.001, cm: 0.01, m: 1, km: 1000, in: 0.0254, ft: 0.3048, yd: 0.9144, mi: 1609.344 },
  mass: { mg: 0.001, g: 1, kg: 1000, oz: 28.349523125, lb: 453.59237, st: 6350.29318 },
  volume: {
    ml: 1,
    l: 1000,
    tsp: 4.92892159375,
    tbsp: 14.78676478125,
    floz: 29.5735295625,
    cup: 236.5882365,
    pint: 473.176473,
    quart: 946.352946,
    gal: 3785.411784,
  },
  temperature: { c: null, f: null, k: null },
};

const ALIASES = {
  millimeter: 'mm',
  millimetre: 'mm',
  centimeter: 'cm',
  centimetre: 'cm',
  meter: 'm',
  metre: 'm',
  kilometer: 'km',
  kilometre: 'km',
  kms: 'km',
  k: 'km',
  inch: 'in',
  inches: 'in',
  '"': 'in',
  foot: 'ft',
  feet: 'ft',
  "'": 'ft',
  yard: 'yd',
  yards: 'yd',
  yds: 'yd',
  mile: 'mi',
  miles: 'mi',
  milligram: 'mg',
  gram: 'g',
  grams: 'g',
  gr: 'g',
  kilogram: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  kgs: 'kg',
  ounce: 'oz',
  ounces: 'oz',
  pound: 'lb',
  pounds: 'lb',
  lbs: 'lb',
  stone: 'st',
  milliliter: 'ml',
  millilitre: 'ml',
  liter: 'l',
  litre: 'l',
  liters: 'l',
  litres: 'l',
  teaspoon: 'tsp',
  teaspoons: 'tsp',
  tablespoon: 'tbsp',
  tablespoons: 'tbsp',
  'fl oz': 'floz',
  'fluid ounce': 'floz',
  'fluid ounces': 'floz',
  cups: 'cup',
  pints: 'pint',
  pt: 'pint',
  quarts: 'quart',
  qt: 'quart',
  gallon: 'gal',
  gallons: 'gal',
  celsius: 'c',
  centigrade: 'c',
  '°c': 'c',
  degc: 'c',
  fahrenheit: 'f',
  '°f': 'f',
  degf: 'f',
  kelvin: 'k_temp',
  '°k': 'k_temp',
};

/** Normalises "Kilometres", "°F", "fl. oz" to a unit key and its kind; undefined when unknown. */
export function unitOf(text) {
  let key = String(text)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/\s+/g, ' ')
    .replace('fl. oz', 'fl oz');
  key = key.replace(/^degrees? /, '°');
  if (key === '°c' || key === 'c') return { key: 'c', kind: 'temperature' };
  if (key === '°f' || key === 'f') return { key: 'f', kind: 'temperature' };
  if (key === '°k' || key === 'k') return { key: 'k', kind: 'temperature' };
  const alias = ALIASES[key] ?? ALIASES[key.replace(/s$/, '')] ?? key;
  if (alias === 'k_temp') return { key: 'k', kind: 'temperature' };
  if (alias === 'c' || alias === 'f') return { key: alias, kind: 'temperature' };
  for (const [kind, units] of Object.entries(UNITS)) {
    if (kind !== 'temperature' && Object.hasOwn(units, alias)) return { key: alias, kind };
  }
  for (const [kind, units] of Object.entries(UNITS)) {
    const singular = alias.replace(/s$/, '');
    if (kind !== 'temperature' && Object.hasOwn(units, singular)) return { key: singular, kind };
  }
  return undefined;
}

const toKelvin = { c: (v) => v + 273.15, f: (v) => ((v - 32) * 5) / 9 + 273.15, k: (v) => v };
const fromKelvin = { c: (v) => v - 273.15, f: (v) => ((v - 273.15) * 9) / 5 + 32, k: (v) => v };

/** Converts `value` from one unit to another; throws a clear Error for unknown or mixed kinds. */
export function convert(value, from, to) {
  const a = unitOf(from);
  const b = unitOf(to);
  if (!a) throw new Error(`I don't know the unit "${from}".`);
  if (!b) throw new Error(`I don't know the unit "${to}".`);
  if (a.kind !== b.kind)
    throw new Error(`${from} is a ${a.kind} and ${to} is a ${b.kind}; they cannot be converted.`);
  if (a.kind === 'temperature') return fromKelvin[b.key](toKelvin[a.key](value));
  return (value * UNITS[a.kind][a.key]) / UNITS[b.kind][b.key];
}

const round = (value) => Number(value.toPrecision(4));

export const tools = [
  {
    name: 'unit_convert',
    description:
      'Convert an amount between units of length, mass, volume or temperature (km↔mi, kg↔lb, cups↔ml, °C↔°F).',
    risk: 'read',
    input: {
      type: 'object',
      properties: {
        value: { type: 'number', description: 'The amount to convert, e.g. 10.' },
        from: { type: 'string', minLength: 1, maxLength: 40, description: 'The unit it is in, e.g. km.' },
        to: { type: 'string', minLength: 1, maxLength: 40, description: 'The unit wanted, e.g. mi.' },
      },
      required: ['value', 'from', 'to'],
      additionalProperties: false,
    },
    examples: [
      'convert {value} {from} to {to}',
      'convert {value} {from} into {to}',
      'how many {to} is {value} {from}',
      'how many {to} are {value} {from}',
      'how many {to} in {value} {from}',
      'what is {value} {from} in {to}',
      '{value} {from} in {to}',
      '{value} {from} to {to}',
    ],
    async run({ value, from, to }) {
      const result = convert(value, from, to);
      return { value, from, to, result: round(result), text: `${value} ${from} is ${round(result)} ${to}.` };
    },
  },
];
