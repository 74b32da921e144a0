import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';
import { findItems, withQuantities } from './terms';

const items = (text: string) => findItems(text).map((i) => [i.name, i.category]);

describe('findItems maps weapon and equipment terms to the contract’s categories', () => {
  it.each<[string, Array<[string, string]>]>([
    ['de bekende Javelins', [['Javelin', 'anti-tank']]],
    ['een Javelin-antitankraket', [['Javelin', 'anti-tank']]],
    [
      'NLAW anti-tank weapons',
      [
        ['NLAW', 'anti-tank'],
        ['anti-tank', 'anti-tank'],
        ['weapons', 'other'],
      ],
    ],
    ['draagbare Stinger-luchtdoelraketten', [['Stinger', 'air-defence']]],
    [
      'raketten voor M142 HIMARS',
      [
        ['raketten', 'ammunition'],
        ['HIMARS', 'artillery'],
      ],
    ],
    [
      'twaalf Bayraktar TB2 drones',
      [
        ['Bayraktar TB2', 'drones'],
        ['drones', 'drones'],
      ],
    ],
    ['voormalige DDR-houwitsers', [['DDR-houwitsers', 'artillery']]],
    [
      'M777 howitzers',
      [
        ['M777', 'artillery'],
        ['howitzers', 'artillery'],
      ],
    ],
    [
      'artilleriemunitie en artilleriegranaten',
      [
        ['artilleriemunitie', 'ammunition'],
        ['artilleriegranaten', 'ammunition'],
      ],
    ],
    [
      'antitank- en luchtafweerraketten',
      [
        ['antitank', 'anti-tank'],
        ['luchtafweerraketten', 'air-defence'],
      ],
    ],
    ['kamikaze-drones', [['kamikaze-drones', 'drones']]],
    [
      'Leopard tanks',
      [
        ['Leopard', 'vehicles'],
        ['tanks', 'vehicles'],
      ],
    ],
    [
      'helmets and body armour',
      [
        ['helmets', 'other'],
        ['body armour', 'other'],
      ],
    ],
    [
      'helmen en kogelwerende vesten',
      [
        ['helmen', 'other'],
        ['kogelwerende', 'other'],
      ],
    ],
    [
      'een veldhospitaal en beademingsapparatuur',
      [
        ['veldhospitaal', 'medical'],
        ['beademingsapparatuur', 'medical'],
      ],
    ],
    ['een team van militaire trainers', [['trainers', 'training']]],
    [
      'inlichtingen en cyberoperaties',
      [
        ['inlichtingen', 'intelligence-cyber'],
        ['cyberoperaties', 'intelligence-cyber'],
      ],
    ],
    ['2.000 troepen', [['troepen', 'troops']]],
    [
      'een fregat en marineschepen',
      [
        ['fregat', 'naval'],
        ['marineschepen', 'naval'],
      ],
    ],
    [
      'F-16’s en F-35-gevechtsvliegtuigen',
      [
        ['F-16', 'aircraft'],
        ['F-35', 'aircraft'],
      ],
    ],
    ['de Sovjet-Unie en de tankstations', []],
    ['electronic warfare kit', [['electronic warfare', 'electronic-warfare']]],
  ])('%s', (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it('gives offsets into the whole text', () => {
    const [item] = findItems('xx Javelin', 10);
    expect(item).toMatchObject({ start: 13, end: 20, text: 'Javelin' });
  });
});

describe('withQuantities gives an item the count printed before it', () => {
  const quantities = (text: string, language: 'nl' | 'en' = 'nl') =>
    withQuantities(text, findItems(text), findFigures(text, language).counts).map((i) => [
      i.name,
      i.quantity ?? null,
      i.unit ?? null,
    ]);
  it.each<[string, 'nl' | 'en', Array<[string, number | null, string | null]>]>([
    ['17.000 antitankwapens', 'nl', [['antitankwapens', 17000, 'pieces']]],
    [
      '17,000 anti-tank weapons',
      'en',
      [
        ['anti-tank', 17000, 'pieces'],
        ['weapons', null, null],
      ],
    ],
    ['twaalf van zijn beruchte Bayraktar TB2', 'nl', [['Bayraktar TB2', 12, 'pieces']]],
    ['8.500 Amerikaanse soldaten', 'nl', [['soldaten', 8500, 'troops']]],
    ['two thousand troops', 'en', [['troops', 2000, 'troops']]],
    ['ongeveer 90 ton ‘aan dodelijke hulp', 'nl', [['dodelijke hulp', 90, 'tonnes']]],
    ['17.000 stuks, waaronder Javelins', 'nl', [['Javelin', null, null]]],
    ['dertien andere landen militaire hulp', 'nl', [['militaire hulp', null, null]]],
    ['five countries sent weapons', 'en', [['weapons', null, null]]],
    [
      'vier F-16’s en een fregat',
      'nl',
      [
        ['F-16', 4, 'pieces'],
        ['fregat', null, null],
      ],
    ],
  ])('%s', (text, language, expected) => {
    expect(quantities(text, language)).toEqual(expected);
  });
});
