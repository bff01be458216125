import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The words docs/copy-guidelines.md rules out when speaking about the person.
const neverUse = /\b(fail|fails|failed|failure|failing|miss|missed|missing out|should|behind|streaks?|lazy|weak)\b/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every piece of text a person could read: string literals, template text and JSX text. */
function textsIn(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const texts: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)) texts.push(node.text);
    if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) texts.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return texts;
}

describe('the words Small Wins never uses about the person', () => {
  const files = sourceFiles(join(process.cwd(), 'src'));

  it('finds the app’s text to check', () => {
    const all = files.flatMap(textsIn);
    expect(all).toContain('Your win');
    expect(all.length).toBeGreaterThan(200);
  });

  it.each(files.map((file) => [file.replace(process.cwd(), '')]))('%s uses none of them', (file) => {
    const offending = textsIn(join(process.cwd(), file)).filter((text) => neverUse.test(text));
    expect(offending).toEqual([]);
  });
});
