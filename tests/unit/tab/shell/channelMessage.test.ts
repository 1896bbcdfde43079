import { describe, expect, it } from 'vitest';
import { buildRiskMessage, escapeHtml } from '../../../../src/graph/channelMessage';

describe('HTML escaping', () => {
  it.each([
    ['<b>Vet</b>', '&lt;b&gt;Vet&lt;/b&gt;'],
    ['A & B', 'A &amp; B'],
    ['"dubbel" en \'enkel\'', '&quot;dubbel&quot; en &#39;enkel&#39;'],
    ['emoji 🚀', 'emoji 🚀'],
    ['&lt; already', '&amp;lt; already'],
  ])('escapes %s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('risk message', () => {
  const owner = { id: 'user-1', displayName: 'Koen <Maes>' };
  const message = buildRiskMessage({
    heading: 'Bespreking',
    title: '<script>alert(1)</script>',
    facts: [['Domein', 'A & B']],
    ownerLabel: 'Risico-eigenaar',
    owner,
    linkLabel: 'Openen',
    deepLink: 'https://teams.microsoft.com/l/entity/a/b?x=1&y="2"',
  });

  it('escapes the title and facts', () => {
    expect(message.body.content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(message.body.content).not.toContain('<script>');
    expect(message.body.content).toContain('A &amp; B');
  });

  it('mentions the owner as id 0', () => {
    expect(message.body.content).toContain('<at id="0">Koen &lt;Maes&gt;</at>');
    expect(message.mentions).toEqual([
      {
        id: 0,
        mentionText: 'Koen <Maes>',
        mentioned: {
          user: { id: 'user-1', displayName: 'Koen <Maes>', userIdentityType: 'aadUser' },
        },
      },
    ]);
  });

  it('escapes the link attribute', () => {
    expect(message.body.content).toContain(
      '<a href="https://teams.microsoft.com/l/entity/a/b?x=1&amp;y=&quot;2&quot;">Openen</a>',
    );
  });

  it('leaves out confidential fields unless given', () => {
    expect(message.body.content).not.toContain('Oorzaken');
  });

  it('has no mention without an owner', () => {
    const plain = buildRiskMessage({
      heading: 'h',
      title: 't',
      facts: [],
      ownerLabel: 'o',
      linkLabel: 'l',
      deepLink: 'https://x.example/',
      confidential: [['Oorzaken', 'geheim']],
    });
    expect(plain.mentions).toEqual([]);
    expect(plain.body.content).toContain('<strong>Oorzaken:</strong> geheim');
  });
});
