import type { Lang } from '@/components/shared/i18n';
import type { ImportIssue } from '@/utils/import-params';
import { importIssueText } from '@/utils/import-preview';

type IssuesFor = (field: string) => ImportIssue[];

// Each issue is tied to its input (aria-invalid, aria-describedby), so a screen reader reads it there.
const issueId = (field: string, i: number) => `issue-${field.replace(/[^a-z0-9]+/gi, '-')}-${i}`;

/** The check's issues about one field, under its input. */
export function FieldIssues({ field, issuesFor, lang }: { field: string; issuesFor: IssuesFor; lang: Lang }) {
  return (
    <>
      {issuesFor(field).map((issue, i) => (
        <p class="fail field-issue" data-field={field} key={issue.field} id={issueId(field, i)}>
          {importIssueText(issue, lang)}
        </p>
      ))}
    </>
  );
}

/** The attributes that mark an input invalid and point at its issues; none while it has none. */
export function describedBy(issuesFor: IssuesFor, ...fields: string[]) {
  const ids = fields.flatMap((field) => issuesFor(field).map((_issue, i) => issueId(field, i)));
  return ids.length > 0 ? { 'aria-invalid': true, 'aria-describedby': ids.join(' ') } : {};
}
