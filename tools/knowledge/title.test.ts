import { describe, expect, it } from 'vitest';
import { documentTitle, headingAt, isAdornment } from './title.js';

describe('documentTitle: a document is called by its title whatever comes first (S17 HIGH 3)', () => {
  it('reads the first Markdown heading after a comment, front matter or a blank line', () => {
    expect(documentTitle('/d/policy.md', '<!-- renewed 2026 -->\n\n# Car Insurance Policy\n\ntext')).toBe(
      'Car Insurance Policy',
    );
    expect(documentTitle('/d/a.md', '\n\nTenancy Agreement\n=================\n\nThe rent…')).toBe(
      'Tenancy Agreement',
    );
  });

  it('prefers front matter title:, Org #+TITLE: and an e-mail Subject:', () => {
    expect(documentTitle('/d/w.md', '---\ntitle: "Our Wedding"\ndate: 2026-08-22\n---\n# Plan\n')).toBe(
      'Our Wedding',
    );
    expect(documentTitle('/d/g.org', '#+TITLE: Garden plan 2026\n\n* Vegetables\n')).toBe('Garden plan 2026');
    expect(documentTitle('/d/g.org', '* Vegetables\n** Tomatoes\n')).toBe('Vegetables');
    const mail =
      'From: Greta <g@example.se>\nTo: Peter <p@example.com>\nSubject: Keys for the cabin\n\nHi Peter,\n';
    expect(documentTitle('/d/mail.eml', mail)).toBe('Keys for the cabin');
    expect(documentTitle('/d/mail.txt', mail)).toBe('Keys for the cabin');
  });

  it('has no title when nothing is marked as one', () => {
    expect(documentTitle('/d/notes.txt', 'Buy milk.\nCall the plumber.\n')).toBeUndefined();
    // A Markdown list item is not an Org heading; a "Subject:" inside prose is not a mail header.
    expect(documentTitle('/d/todo.md', '* milk\n* eggs\n')).toBeUndefined();
    expect(documentTitle('/d/n.txt', 'We talked.\nSubject: maths\n')).toBeUndefined();
  });
});

describe('headingAt: section headings of Org-mode and reStructuredText (S17 MEDIUM 8)', () => {
  it('reads Org headings only in .org files, without tags; task headlines are no headings', () => {
    const lines = [
      '* TODO Buy compost  :garden:',
      '** Tomatoes',
      'Plant out in May.',
      '** DONE Sofia to email the council',
    ];
    // A task headline is an item to quote (S19 HIGH 8), not a section heading.
    expect(headingAt('/d/g.org', lines, 0)).toBeUndefined();
    expect(headingAt('/d/g.org', lines, 3)).toBeUndefined();
    expect(headingAt('/d/g.org', lines, 1)).toBe('Tomatoes');
    expect(headingAt('/d/g.org', lines, 2)).toBeUndefined();
    expect(headingAt('/d/g.md', lines, 1)).toBeUndefined();
  });

  it('reads reStructuredText titles under any adornment, and setext headings everywhere', () => {
    const rst = [
      'Weather Station',
      '===============',
      '',
      'Hardware',
      '--------',
      '- BME280',
      'Install',
      '~~~~~~~',
    ];
    expect(headingAt('/d/r.rst', rst, 0)).toBe('Weather Station');
    expect(headingAt('/d/r.rst', rst, 3)).toBe('Hardware');
    expect(headingAt('/d/r.rst', rst, 6)).toBe('Install');
    expect(headingAt('/d/r.md', rst, 6)).toBeUndefined();
    expect(headingAt('/d/r.md', rst, 3)).toBe('Hardware');
    expect(isAdornment('/d/r.rst', rst, 1)).toBe(true);
    expect(isAdornment('/d/r.rst', rst, 5)).toBe(false);
    // A rule between paragraphs is no heading: the line before it is blank.
    expect(headingAt('/d/r.md', ['', '---', 'text'], 0)).toBeUndefined();
  });
});

describe('documentTitle of source code', () => {
  it('never reads a comment as a title', () => {
    expect(
      documentTitle('/d/copy.sh', '#!/bin/sh\n# Copies the output folder to the NAS.\n'),
    ).toBeUndefined();
    expect(documentTitle('/d/resize.py', '# Resize photos\nimport sys\n')).toBeUndefined();
    expect(documentTitle('/d/README.rst', 'Weather Station\n===============\n')).toBe('Weather Station');
  });
});
