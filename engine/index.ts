// Pure engine shared by renderer, main and the CLI. See README "Architecture".
export {};
