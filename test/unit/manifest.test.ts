import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Commands, POLICY_LANGUAGE, Views } from '../../src/vscode/commands';

const ROOT = path.resolve(__dirname, '../../..');

interface Manifest {
  main: string;
  activationEvents: string[];
  scripts: Record<string, string>;
  contributes: {
    commands: { command: string }[];
    menus: Record<string, { command: string }[]>;
    keybindings: { command: string }[];
    viewsContainers: { activitybar: { id: string; icon: string }[] };
    views: Record<string, { id: string }[]>;
    colors: { id: string; defaults: Record<string, string> }[];
    configuration: { properties: Record<string, unknown> };
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const declared = new Set(manifest.contributes.commands.map((c) => c.command));
const source = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
/** JSON with `//` comment lines, as VS Code's own configuration files allow. */
const jsonc = (file: string): unknown => JSON.parse(source(file).replace(/^\s*\/\/.*$/gm, ''));

describe('package.json and the code agree', () => {
  it('declares every command the extension registers', () => {
    for (const id of Object.values(Commands)) assert.ok(declared.has(id), `${id} is registered but not in contributes.commands`);
  });

  it('registers every command it declares', () => {
    const code = fs.readdirSync(path.join(ROOT, 'src/vscode')).map((file) => source(`src/vscode/${file}`)).join('\n');
    for (const id of declared) assert.ok(code.includes(`'${id}'`), `${id} is declared but no module under src/vscode names it`);
  });

  it('puts only declared commands in menus and keybindings', () => {
    const used = [...Object.values(manifest.contributes.menus).flat(), ...manifest.contributes.keybindings].map((entry) => entry.command);
    for (const id of used) assert.ok(declared.has(id), `${id} is in a menu or keybinding but not declared`);
  });

  it('declares the items view in its own activity-bar container, whose icon exists', () => {
    const container = manifest.contributes.viewsContainers.activitybar.find((c) => c.id === Views.container);
    assert.ok(container);
    assert.ok(fs.existsSync(path.join(ROOT, container.icon)), `${container.icon} is missing`);
    assert.ok(manifest.contributes.views[Views.container]?.some((v) => v.id === Views.items));
  });

  it('declares every theme colour the code uses, with dark, light and high-contrast defaults', () => {
    const used = [...fs.readdirSync(path.join(ROOT, 'src/vscode'))].flatMap((file) => [...source(`src/vscode/${file}`).matchAll(/ThemeColor\('([^']+)'\)/g)].map((m) => m[1]));
    assert.ok(used.length > 0);
    for (const id of used) {
      const color = manifest.contributes.colors.find((c) => c.id === id);
      assert.ok(color, `${id} is used but not in contributes.colors`);
      for (const theme of ['dark', 'light', 'highContrast']) assert.ok(color.defaults[theme], `${id} has no ${theme} default`);
    }
  });

  it('declares the settings the extension reads', () => {
    const settings = Object.keys(manifest.contributes.configuration.properties);
    for (const key of ['corpusGlobs', 'corpusExclude', 'highlight.funding', 'highlight.commitments', 'highlight.recommendations', 'highlight.items']) {
      assert.ok(settings.includes(`policyLens.${key}`), `policyLens.${key} is not declared`);
    }
  });

  it('activates only when needed, never on every start', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(manifest.activationEvents.includes(`onLanguage:${POLICY_LANGUAGE}`));
    assert.equal(manifest.main, './dist/extension.js');
  });

  it('launches from source through a build task that exists', () => {
    const launch = jsonc('.vscode/launch.json') as { configurations: { preLaunchTask?: string }[] };
    const tasks = jsonc('.vscode/tasks.json') as { tasks: { label: string; script?: string }[] };
    for (const config of launch.configurations) {
      const task = tasks.tasks.find((t) => t.label === config.preLaunchTask);
      assert.ok(task, `no task labelled ${config.preLaunchTask}`);
    }
    for (const task of tasks.tasks) if (task.script) assert.ok(manifest.scripts[task.script], `no npm script ${task.script}`);
  });
});
