import { describe, expect, it } from 'vitest';
import { LIST_CLEAR, LIST_ITEM_REMOVE, listItems, noteTextCheck } from './offline.js';

describe('a list item said to be removed, and a list said to be cleared (S28 M5)', () => {
  it.each([
    ['remove eggs from my shopping list', 'eggs', 'shopping'],
    ['cross eggs off my shopping list', 'eggs', 'shopping'],
    ['take bread off the list', 'bread', undefined],
    ['please delete oat milk from our grocery list', 'oat milk', 'grocery'],
    ['tick the batteries off my packing list', 'the batteries', 'packing'],
  ])('"%s" names %s on the %s list', (said, item, list) => {
    const found = LIST_ITEM_REMOVE.exec(said);
    expect(found?.[1]).toBe(item);
    expect(found?.[2]).toBe(list);
  });

  it.each([
    'remove it from my list',
    'remove everything from my shopping list',
    'remove eggs from my fridge',
  ])('"%s" is no list item', (said) => {
    expect(LIST_ITEM_REMOVE.test(said)).toBe(false);
  });

  it.each([
    ['clear my shopping list', 'shopping'],
    ['empty the grocery list', 'grocery'],
    ['delete my shopping list', 'shopping'],
  ])('"%s" clears the %s list', (said, list) => {
    expect(LIST_CLEAR.exec(said)?.[1]).toBe(list);
  });

  it('listItems reads a list note', () => {
    expect(listItems('shopping: eggs and milk')).toEqual({ list: 'shopping', items: ['eggs', 'milk'] });
    expect(listItems('Shopping: eggs, milk & bread')).toEqual({
      list: 'shopping',
      items: ['eggs', 'milk', 'bread'],
    });
    expect(listItems('call the plumber at 5')).toBeUndefined();
  });

  it('"add it to my list" keeps nothing and asks what to add', () => {
    const checked = noteTextCheck('list: it');
    expect('problem' in checked && checked.problem.reply).toContain('does not say what to add');
    expect(noteTextCheck('list: bread')).toEqual({ value: 'list: bread' });
  });
});
