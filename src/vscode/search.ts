import * as vscode from 'vscode';
import { filterFromHits } from '../core/itemsTree';
import type { TreeFilter } from '../core/itemsTree';
import type { SearchHit } from '../core/searchIndex';
import { Commands } from './commands';
import type { CorpusService } from './corpusService';
import type { ItemsTreeProvider } from './itemsView';

const KIND_ICONS: Record<string, string> = {
  item: 'symbol-class',
  mention: 'symbol-reference',
  funding: 'symbol-number',
  commitment: 'pass',
  recommendation: 'lightbulb',
  annotation: 'note',
};

interface HitPick extends vscode.QuickPickItem {
  hit: SearchHit;
}

/** Registers `Policy Lens: Search…` and the tree's filter and clear-filter actions. */
export function registerSearch(corpus: CorpusService, tree: ItemsTreeProvider): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.search, (query?: string) => showSearch(corpus, typeof query === 'string' ? query : '')),
    vscode.commands.registerCommand(Commands.filterTree, async (query?: string) => {
      const value =
        typeof query === 'string'
          ? query
          : await vscode.window.showInputBox({ title: 'Filter Policy Lens Items', prompt: 'Words of an item name, alias or sentence', value: tree.model.filter?.query });
      if (value === undefined) return;
      if (!value.trim()) return tree.setFilter(undefined);
      const filter = treeFilter(corpus, value);
      if (!filter.items.size && !filter.mentions.size) void vscode.window.showInformationMessage(`Policy Lens: nothing matches "${value}".`);
      tree.setFilter(filter);
    }),
    vscode.commands.registerCommand(Commands.clearFilter, () => tree.setFilter(undefined)),
    // Offsets move when a document changes, so the filter is searched again rather than kept.
    corpus.onDidChange(() => {
      const query = tree.model.filter?.query;
      if (query) tree.setFilter(treeFilter(corpus, query));
    }),
  );
}

function treeFilter(corpus: CorpusService, query: string): TreeFilter {
  return filterFromHits(query, corpus.search.search(query, Number.MAX_SAFE_INTEGER));
}

/** Shows the search picker and returns at once; choosing a result opens it at its span. */
function showSearch(corpus: CorpusService, initial: string): void {
  const pick = vscode.window.createQuickPick<HitPick>();
  pick.title = 'Policy Lens: Search';
  pick.placeholder = 'Search items, aliases and sentences (prefix and fuzzy)';
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  const update = () => {
    pick.items = corpus.search.search(pick.value, 100).map((hit) => toPick(corpus, hit));
  };
  pick.onDidChangeValue(update);
  pick.value = initial;
  update();
  pick.onDidAccept(() => {
    const chosen = pick.selectedItems[0];
    pick.hide();
    if (chosen) void openHit(corpus, chosen.hit);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}

function toPick(corpus: CorpusService, hit: SearchHit): HitPick {
  const location = hit.location;
  const line = location ? (corpus.model.positions(location.document)?.positionAt(location.start).line ?? 0) + 1 : undefined;
  const item = hit.item ? corpus.model.index().item(hit.item) : undefined;
  return {
    label: `$(${KIND_ICONS[hit.kind] ?? 'search'}) ${hit.title}`,
    description: location ? `${location.document}:${line}` : undefined,
    detail: item
      ? [item.aliases.join(', '), `${item.documents.length} document${item.documents.length === 1 ? '' : 's'}`].filter(Boolean).join(' · ')
      : hit.detail ?? (hit.text !== hit.title ? hit.text : undefined),
    // The index already matched (with prefixes and typos); the picker must not filter again by label.
    alwaysShow: true,
    hit,
  };
}

async function openHit(corpus: CorpusService, hit: SearchHit): Promise<void> {
  const location = hit.location;
  const uri = location && corpus.uriOf(location.document);
  if (!location || !uri) return;
  const document = await vscode.workspace.openTextDocument(uri);
  const selection = new vscode.Range(document.positionAt(location.start), document.positionAt(location.end));
  await vscode.window.showTextDocument(document, { selection });
}
