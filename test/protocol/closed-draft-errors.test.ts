// Closed drafts (read from disk) are linted under the same guard as open ones: an engine error on one file is logged
// and publishes nothing for it; it never becomes an unhandled rejection that takes the server down.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../server/src/engine';
import type { ServerContext } from '../../server/src/lsp/context';
import { DraftIndex } from '../../server/src/lsp/draftIndex';
import { publishClosedDraft, republishClosedDraft } from '../../server/src/lsp/publish';
import { WorkspaceDrafts, type DraftHost } from '../../server/src/lsp/workspaceDrafts';

const NOTE = "Hi Dana,\n\nI'd like to add you to my professional network on LinkedIn.\n";

/** A server context whose index throws on drafts named `broken`, with what was published and logged. */
function stubContext() {
  const published = new Map<string, unknown[]>();
  const errors: string[] = [];
  const index = new DraftIndex(() => {}, () => {});
  const lint = index.lint.bind(index);
  index.lint = (uri, text, config) => {
    if (uri.includes('broken')) throw new Error('engine bug');
    return lint(uri, text, config);
  };
  index.current = (uri) => {
    if (uri.includes('broken')) throw new Error('engine bug');
    return undefined;
  };
  const context = {
    connection: {
      console: { error: (message: string) => errors.push(message), info() {} },
      sendDiagnostics: async ({ uri, diagnostics }: { uri: string; diagnostics: unknown[] }) => void published.set(uri, diagnostics),
      sendNotification: async () => {},
    },
    configs: { forDocument: () => ({ config: DEFAULT_CONFIG, ignored: false }) },
    client: { stoppedDrafts: new Set(), lintingNotifications: false },
    index,
  } as unknown as ServerContext;
  return { context, published, errors };
}

describe('closed drafts: an engine error on a file on disk', () => {
  let folder: string;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'invite-lint-closed-errors-'));
    writeFileSync(join(folder, 'a-broken.invite.md'), NOTE);
    writeFileSync(join(folder, 'b-fine.invite.md'), NOTE);
    process.on('unhandledRejection', onUnhandled);
  });
  after(() => {
    process.off('unhandledRejection', onUnhandled);
    rmSync(folder, { recursive: true, force: true });
  });

  it('publishClosedDraft and republishClosedDraft log it and publish no diagnostics for that draft', async () => {
    const { context, published, errors } = stubContext();
    await publishClosedDraft(context, 'file:///drafts/broken.invite.md', NOTE);
    await republishClosedDraft(context, 'file:///drafts/broken-too.invite.md');
    assert.deepEqual(published.get('file:///drafts/broken.invite.md'), []);
    assert.deepEqual(published.get('file:///drafts/broken-too.invite.md'), []);
    assert.equal(errors.length, 2);
    assert.match(errors[0], /invite-lint failed on file:\/\/\/drafts\/broken\.invite\.md: Error: engine bug/);
  });

  it('the workspace scan goes on to the next draft, and a failing publish is logged, not an unhandled rejection', async () => {
    const { context, published, errors } = stubContext();
    const logged: string[] = [];
    const host = (publish: DraftHost['publish']): DraftHost => ({
      isOpen: () => false,
      isConfigIgnored: () => false,
      publish,
      republish: (uri) => republishClosedDraft(context, uri),
      forget() {},
      messagesRead: () => 0,
      quiet: async () => {},
      log: (message) => logged.push(message),
    });
    const guardedScan = new WorkspaceDrafts(host((uri, text) => publishClosedDraft(context, uri, text)));
    guardedScan.setRoots([pathToFileURL(folder).href]);
    guardedScan.start();
    await guardedScan.idle();
    assert.deepEqual(published.get(pathToFileURL(join(folder, 'a-broken.invite.md')).href), []);
    assert.ok((published.get(pathToFileURL(join(folder, 'b-fine.invite.md')).href) ?? []).length > 0, 'the next draft is linted');
    assert.equal(errors.length, 1);

    // The connection gone: every publish rejects. The scan ends, says why, and rejects nothing.
    const failingScan = new WorkspaceDrafts(host(async () => Promise.reject(new Error('connection closed'))));
    failingScan.setRoots([pathToFileURL(folder).href]);
    failingScan.start();
    await failingScan.idle();
    // A rejection left unhandled is reported after the microtasks of the turn it happened in: let one turn go by.
    await new Promise<void>((resolve) => setImmediate(resolve));
    assert.deepEqual(unhandled, []);
    assert.ok(logged.some((line) => /connection closed/.test(line)), logged.join('\n'));
  });
});
