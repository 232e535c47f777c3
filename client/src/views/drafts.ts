// The Drafts view: every draft of the workspace grouped by where it stands (needs work, ready, sent, follow-up
// due). Thin: the server computes each draft's overview (`inviteLint/drafts`) and says when they change.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';

export const DRAFTS_REQUEST = 'inviteLint/drafts';
export const DRAFTS_CHANGED_NOTIFICATION = 'inviteLint/draftsChanged';
/** While drafts keep changing (a workspace being linted), the view asks for them at most this often. */
const REFRESH_INTERVAL_MS = 300;

type DraftState = 'needs-work' | 'ready' | 'sent' | 'follow-up-due';

/** What the server sends for each draft (the engine's DraftOverview). */
export interface DraftOverview {
  uri: string;
  file: string;
  to?: string;
  scenario?: string;
  kind: string;
  used: number;
  limit?: number;
  ready: boolean;
  reasons: string[];
  state: DraftState;
  status: string;
  sent?: string;
  accepted?: string;
  topProblem?: string;
}

const GROUPS: { state: DraftState; label: string; icon: string }[] = [
  { state: 'needs-work', label: 'Needs work', icon: 'edit' },
  { state: 'ready', label: 'Ready to send', icon: 'check' },
  { state: 'sent', label: 'Sent', icon: 'send' },
  { state: 'follow-up-due', label: 'Follow-up due', icon: 'bell' },
];

type Group = (typeof GROUPS)[number] & { drafts: DraftOverview[] };
type Node = Group | DraftOverview;

/** The view as the user sees it, for the end-to-end tests. */
export interface DraftsSnapshot {
  groups: { label: string; rows: { label: string; description: string; uri: string; command?: vscode.Command }[] }[];
}

export class DraftsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private drafts: DraftOverview[] = [];
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly updatedEmitter = new vscode.EventEmitter<void>();
  /** Fires each time the view shows what the server last said. */
  readonly onDidUpdate = this.updatedEmitter.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private fetching = false;
  private stale = false;
  private lastFetch = 0;

  constructor(private readonly client: LanguageClient) {
    this.view = vscode.window.createTreeView('inviteLint.drafts', { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      this.changed,
      this.updatedEmitter,
      this.view.onDidChangeVisibility(() => this.refresh()),
      client.onDidChangeState((event) => event.newState === State.Running && this.refresh()),
    );
    client.onNotification(DRAFTS_CHANGED_NOTIFICATION, () => this.refresh());
  }

  /** Asks the server for the drafts again: one request at a time, at most every REFRESH_INTERVAL_MS. */
  async refresh(): Promise<void> {
    if (this.fetching) {
      this.stale = true;
      return;
    }
    this.fetching = true;
    try {
      const wait = this.lastFetch + REFRESH_INTERVAL_MS - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      this.stale = false;
      this.lastFetch = Date.now();
      const drafts = await this.client.sendRequest<DraftOverview[] | null>(DRAFTS_REQUEST, {}).catch(() => null);
      if (drafts) this.drafts = drafts.sort((a, b) => labelOf(a).localeCompare(labelOf(b)));
      this.view.badge = this.due() > 0 ? { value: this.due(), tooltip: `${this.due()} follow-up${this.due() === 1 ? '' : 's'} due` } : undefined;
      this.changed.fire(undefined);
      this.updatedEmitter.fire();
    } finally {
      this.fetching = false;
    }
    if (this.stale) void this.refresh();
  }

  getChildren(node?: Node): Node[] {
    if (!node) return GROUPS.map((group) => ({ ...group, drafts: this.drafts.filter((draft) => draft.state === group.state) }));
    return 'drafts' in node ? node.drafts : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('drafts' in node) {
      const item = new vscode.TreeItem(`${node.label} (${node.drafts.length})`, node.drafts.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.id = `group:${node.state}`;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.contextValue = 'group';
      return item;
    }
    const item = new vscode.TreeItem(labelOf(node), vscode.TreeItemCollapsibleState.None);
    item.id = node.uri;
    item.description = describe(node);
    item.tooltip = tooltip(node);
    item.resourceUri = vscode.Uri.parse(node.uri);
    item.iconPath = new vscode.ThemeIcon(iconOf(node));
    item.command = { title: 'Open draft', command: 'vscode.open', arguments: [vscode.Uri.parse(node.uri)] };
    // Menus pick their commands by it: "draft.needs-work.draft", "draft.sent.accepted", ...
    item.contextValue = `draft.${node.state}.${node.status}`;
    return item;
  }

  snapshot(): DraftsSnapshot {
    return {
      groups: this.getChildren().map((group) => ({
        label: this.getTreeItem(group).label as string,
        rows: this.getChildren(group).map((draft) => {
          const item = this.getTreeItem(draft);
          return { label: item.label as string, description: String(item.description), uri: (draft as DraftOverview).uri, command: item.command };
        }),
      })),
    };
  }

  /** Shows the view (and its container) and resolves once it shows what the server last said. */
  async reveal(): Promise<void> {
    const updated = new Promise<void>((resolve) => {
      const subscription = this.onDidUpdate(() => {
        subscription.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('inviteLint.drafts.focus');
    void this.refresh();
    await updated;
  }

  private due(): number {
    return this.drafts.filter((draft) => draft.state === 'follow-up-due').length;
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

function labelOf(draft: DraftOverview): string {
  return draft.to ?? draft.file;
}

/** "met-at-event · 142/200 · Replace LinkedIn's stock line ..." */
function describe(draft: DraftOverview): string {
  const length = draft.limit !== undefined ? `${draft.used}/${draft.limit}` : `${draft.used} chars`;
  const when = draft.state === 'sent' && draft.sent ? `sent ${draft.sent}` : draft.state === 'follow-up-due' && draft.accepted ? `accepted ${draft.accepted}` : '';
  return [draft.scenario ?? draft.kind, length, when, draft.state === 'needs-work' ? draft.topProblem : ''].filter(Boolean).join(' · ');
}

function tooltip(draft: DraftOverview): vscode.MarkdownString {
  const lines = [
    `**${labelOf(draft)}** — \`${draft.file}\``,
    '',
    `${draft.scenario ? `Scenario \`${draft.scenario}\`, ` : ''}kind \`${draft.kind}\`, ${draft.limit !== undefined ? `${draft.used} of ${draft.limit} characters` : `${draft.used} characters`}.`,
    '',
    draft.ready ? 'Ready to send.' : `Not ready: ${draft.reasons.join('; ')}.`,
    ...(draft.status !== 'draft' ? ['', `Status \`${draft.status}\`${draft.sent ? `, sent ${draft.sent}` : ''}${draft.accepted ? `, accepted ${draft.accepted}` : ''}.`] : []),
  ];
  const markdown = new vscode.MarkdownString(lines.join('\n'));
  markdown.supportThemeIcons = false;
  return markdown;
}

function iconOf(draft: DraftOverview): string {
  switch (draft.state) {
    case 'ready':
      return 'pass';
    case 'sent':
      return draft.status === 'replied' ? 'comment-discussion' : 'mail';
    case 'follow-up-due':
      return 'bell';
    default:
      return 'circle-large-outline';
  }
}
