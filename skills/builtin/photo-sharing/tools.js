// Sharing the private photo gallery person by person, composed from the apps tools it is granted.

/** "grandma" → "for grandma"; the label a link is listed under. */
export function labelFor(person) {
  const name = String(person)
    .trim()
    .replace(/^for\s+/i, '');
  if (!name) throw new Error('Say who the link is for, e.g. "share my photos with grandma".');
  return `for ${name}`;
}

/** 1704067200000 → "2024-01-01". */
const day = (ms) => new Date(ms).toISOString().slice(0, 10);

export const tools = [
  {
    name: 'photos_share_with',
    description: 'Share the private photo gallery with one person through their own expiring link.',
    risk: 'write',
    input: {
      type: 'object',
      properties: {
        person: { type: 'string', minLength: 1, maxLength: 80, description: 'Who the link is for.' },
        days: { type: 'integer', minimum: 1, maximum: 365, description: 'Days the link works (default 7).' },
      },
      required: ['person'],
    },
    examples: [
      'share my photos with {person} for {days} days',
      'share my photos with {person}',
      'send {person} a link to my photos',
      'let {person} see my photos',
    ],
    async run({ person, days = 7 }, fazt) {
      const label = labelFor(person);
      const made = await fazt.call('apps_share', { app: 'photos', label, expires: `${days}d` });
      const until = day(made.share.expiresAt);
      return {
        label,
        url: made.url,
        expiresAt: made.share.expiresAt,
        text: `Here is ${label.slice(4)}'s link to your photos, working until ${until}: ${made.url}`,
      };
    },
  },
  {
    name: 'photos_shared_with',
    description: 'Say who holds a working link to the photo gallery, and until when.',
    risk: 'read',
    input: { type: 'object', properties: {} },
    examples: ['who can see my photos', 'who have i shared my photos with', 'who has a link to my photos'],
    async run(_input, fazt) {
      const { shares } = await fazt.call('apps_shares', { app: 'photos' });
      const active = shares.filter((share) => share.status === 'active');
      const people = active.map((share) => ({
        label: share.label,
        until: share.expiresAt === null ? 'never expires' : day(share.expiresAt),
      }));
      const text = people.length
        ? `Working links to your photos: ${people.map((p) => `${p.label} (until ${p.until})`).join('; ')}.`
        : 'Nobody has a working link to your photos.';
      return { people, text };
    },
  },
];
