// Build target "main" (placeholder until its issue lands: does nothing yet).
export default async function build() {}
