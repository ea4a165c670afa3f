import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, useDocumentsCli } from '../helpers/cli.js';

/**
 * Issue 10, stranger round 13, through the real CLI (6 spawns): a CSV's rows added up, an `.eml`
 * learned and asked by its headers, a nested config key, and a list of lines quoted one by one.
 */
describe('fazt knowledge ask, structured documents (real CLI)', () => {
  const cart = useDocumentsCli('fazt-knowledge-s13-', {
    'car-service.csv':
      'date,item,garage,cost\n2026-03-02,battery,Halfords,112.00\n2026-05-14,brakes,Kwik Fit,189.50\n2026-05-28,tyres,Kwik Fit,240.00\n',
    'boiler.eml':
      'From: Tom Baker <tom@plumbfix.co.uk>\nTo: me@example.org\nSubject: Boiler repair quote\nDate: Tue, 12 May 2026 09:14:00 +0100\n\nHi,\n\nThe new pump for your boiler will cost 240 pounds.\n',
    'config.yaml': 'port: 80\nbackup:\n  port: 2222\n  host: nas.local\n',
    'codes.txt': 'House codes\n\ngate code 4412\ngarage code 7781\n',
  });
  beforeAll(async () => {
    // k29: gate and garage codes are withheld like PINs unless asked for; this test is about list lines.
    const learned = await runCli(['learn', '--include-secrets', cart.dir], { cartridge: cart.path });
    expect(learned.code).toBe(0);
  }, 120_000);
  const ask = (question: string) => runCli(['knowledge', 'ask', question], { cartridge: cart.path });

  it('answers rows, headers, nested keys and list lines, and says "I don\'t know" otherwise', async () => {
    const may = await ask('what did the car service cost in May?');
    expect(may.stdout).toBe(
      [
        'date: 2026-05-14, item: brakes, garage: Kwik Fit, cost: 189.50 (car-service.csv:3)',
        'date: 2026-05-28, item: tyres, garage: Kwik Fit, cost: 240.00 (car-service.csv:4)',
        '2 rows; their cost adds up to 429.50 (computed, not stated in the documents).',
        '',
      ].join('\n'),
    );
    const sender = await ask('who sent me the email about the boiler?');
    expect(sender.stdout).toBe('From: Tom Baker <tom@plumbfix.co.uk> (boiler.eml:1)\n');
    const port = await ask('what is the backup port?');
    expect(port.stdout).toBe('backup › port: 2222 (config.yaml:3)\n');
    const garage = await ask('what is the garage code?');
    expect(garage.stdout).toBe('garage code 7781 (codes.txt:4)\n');
    const roof = await ask('who sent me the email about the roof?');
    expect(roof.code).toBe(0);
    expect(roof.stdout).toMatch(/^I don't know/);
  }, 180_000);
});
