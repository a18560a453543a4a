// "Did you mean": distances counted by hand, and the names a user of the CLI misspells.
import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../src/core/suggest.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['json', 'json', 0],
    ['jsn', 'json', 1], // one left out
    ['jsoon', 'json', 1], // one too many
    ['jsan', 'json', 1], // one wrong
    ['mxa', 'max', 1], // two swapped: one edit, not two
    ['kitten', 'sitting', 3],
    ['x', 'csv', 3],
    ['sv', 'csv', 1],
  ])('%j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closestName', () => {
  const names = ['max-closure', 'max-closure-increase', 'max-image', 'max-image-increase', 'max-update-size', 'json', 'csv', 'color', 'no-color'];
  it.each([
    ['max-closure-increse', 'max-closure-increase'],
    ['mxa-closure', 'max-closure'],
    ['max-update', 'max-update-size'], // the only name it begins
    ['max-clos', 'max-closure'], // begins two: the nearer
    ['JSON', 'json'],
    ['colour', 'color'],
    ['no-colour', 'no-color'],
  ])('%j → %j', (given, meant) => {
    expect(closestName(given, names)).toBe(meant);
  });

  it.each([
    'frobnicate', // near nothing
    'x', // 3 from csv
    'sv', // 1 from csv, but in a word of two letters that is a guess
    'max', // begins five names, near none
  ])('%j → no suggestion', (given) => {
    expect(closestName(given, names)).toBeNull();
  });

  it('suggests nothing when two names are as near', () => {
    expect(closestName('max-a', ['max-b', 'max-c'])).toBeNull();
  });
});
