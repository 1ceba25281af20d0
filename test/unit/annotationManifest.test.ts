import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Commands, Settings, Views } from '../../src/vscode/commands';

const ROOT = path.resolve(__dirname, '../../..');

interface Manifest {
  contributes: {
    commands: { command: string; title: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    keybindings: { command: string }[];
    views: Record<string, { id: string; icon?: string }[]>;
    configuration: { properties: Record<string, unknown> };
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

describe('package.json declares the annotation features', () => {
  it('declares every annotation command, with a title', () => {
    for (const id of [Commands.tagSelection, Commands.editAnnotation, Commands.deleteAnnotation, Commands.groupAnnotationsBy]) {
      const command = manifest.contributes.commands.find((c) => c.command === id);
      assert.ok(command?.title, `${id} is not in contributes.commands`);
    }
  });

  it('puts Tag Selection in the editor context menu and on a keybinding', () => {
    assert.ok(manifest.contributes.menus['editor/context']?.some((m) => m.command === Commands.tagSelection));
    assert.ok(manifest.contributes.keybindings.some((k) => k.command === Commands.tagSelection));
  });

  it('offers edit and delete on the annotations of the view, orphans included', () => {
    const items = manifest.contributes.menus['view/item/context'] ?? [];
    for (const id of [Commands.editAnnotation, Commands.deleteAnnotation]) {
      const entry = items.find((m) => m.command === id);
      const when = entry?.when ?? '';
      assert.ok(when.includes(`view == ${Views.annotations}`), `${id} is not on the view's items`);
      assert.match(when, /viewItem == annotation\b/);
      assert.match(when, /viewItem == orphanedAnnotation\b/);
    }
  });

  it('declares the annotations view in the Policy Lens container, with an icon that exists, and the author setting', () => {
    const view = manifest.contributes.views.policyLens?.find((v) => v.id === Views.annotations);
    assert.ok(view, `${Views.annotations} is not in the policyLens container`);
    assert.ok(view.icon && fs.existsSync(path.join(ROOT, view.icon)));
    assert.ok(fs.existsSync(path.join(ROOT, 'media/annotation.svg')), 'the gutter icon exists');
    assert.ok(Settings.author in manifest.contributes.configuration.properties);
  });
});
