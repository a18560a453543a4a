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
    // Only one of the two characters matches the other's neighbour: no swap, two substitutions.
    ['ax', 'ya', 2],
    ['ab', 'bc', 2], // or delete a, then add c
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
    ['js', 'json'], // two letters that begin one name
    ['no', 'no-color'],
    ['no-colour', 'no-color'],
  ])('%j → %j', (given, meant) => {
    expect(closestName(given, names)).toBe(meant);
  });

  it.each([
    'frobnicate', // near nothing
    'x', // 3 from csv
    'sv', // 1 from csv, but in a word of two letters that is a guess
    'max', // begins five names, near none
    'j', // one letter begins json, but 3 from it
    'max-update-size1234', // 4 from max-update-size, under half the word but more than 3
  ])('%j → no suggestion', (given) => {
    expect(closestName(given, names)).toBeNull();
  });

  it('suggests nothing when two names are as near', () => {
    expect(closestName('max-a', ['max-b', 'max-c'])).toBeNull();
  });
});
