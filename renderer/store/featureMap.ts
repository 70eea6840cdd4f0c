// The chunked, id-indexed feature store lives in engine/edit; re-exported for the store's users.
export { FeatureMap } from '../../engine/edit/index.ts';
