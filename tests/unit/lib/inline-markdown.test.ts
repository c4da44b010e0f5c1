import { expect, test } from 'vitest';
import { markdownToHtml } from '../../../src/lib/inline-markdown';

test('renders emphasis and keeps quotes as they are', () => {
  expect(markdownToHtml('the *Global Report*, “quoted” and "straight"')).toBe('<p>the <em>Global Report</em>, “quoted” and "straight"</p>');
});

test('never passes raw HTML through', () => {
  expect(markdownToHtml('a <script>alert(1)</script> b')).not.toContain('<script>');
});
