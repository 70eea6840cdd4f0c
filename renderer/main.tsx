// Renderer entry (placeholder until the shell issue lands).
export {};
