import type { SidecarCodec } from '../core/sidecar';

let loading: Promise<SidecarCodec> | undefined;

/**
 * The sidecar codec, loaded on first use. It ships as a bundle of its own (`dist/sidecarYaml.js`, see
 * esbuild.js): the YAML parser and zod are half of the extension's code, and loading them only when a
 * sidecar is read or written keeps activation fast.
 */
export function loadSidecarCodec(): Promise<SidecarCodec> {
  loading ??= import('../core/sidecarYaml').then((module) => module.yamlSidecarCodec);
  return loading;
}
