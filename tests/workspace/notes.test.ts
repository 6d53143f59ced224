import { describe, expect, it } from 'vitest';
import { emptyNotes, followClusterNotes, setClusterNote, setEntityNote } from '../../src/core/workspace/notes.ts';

describe('followClusterNotes', () => {
  const before = { clusters: [{ id: 'C1', memberIds: ['person:a', 'person:b', 'person:c'] }, { id: 'C2', memberIds: ['person:x', 'person:y'] }] };

  it('moves a note to the renumbered cluster holding most of its members', () => {
    const notes = setClusterNote(emptyNotes(), 'C1', 'compound A');
    const after = { clusterOf: { 'person:a': 'C2', 'person:b': 'C2', 'person:c': 'C3', 'person:x': 'C1', 'person:y': 'C1' } };
    expect(followClusterNotes(notes, before, after).clusters).toEqual({ C2: 'compound A' });
  });

  it('joins notes whose clusters merged, and leaves entity notes alone', () => {
    let notes = setClusterNote(setClusterNote(emptyNotes(), 'C1', 'compound A'), 'C2', 'money cell');
    notes = setEntityNote(notes, 'person:a', 'recruiter');
    const after = { clusterOf: { 'person:a': 'C1', 'person:b': 'C1', 'person:c': 'C1', 'person:x': 'C1', 'person:y': 'C1' } };
    expect(followClusterNotes(notes, before, after)).toEqual({ entities: { 'person:a': 'recruiter' }, clusters: { C1: 'compound A\n\nmoney cell' } });
  });
});
