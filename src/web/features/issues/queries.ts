import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, del, ensureOk, get, getLocale, type Page, post, query } from '../../api/client.ts';
import type { Issue, IssueFilterQuery, IssueSummary, ResponseOf } from '../../api/types.ts';

/** The query keys of this area: a change to one issue refreshes the lists too. */
export const ISSUES_KEY = 'issues';
export const ISSUE_KEY = 'issue';

const PAGE_SIZE = 50;

export type IssueListParams = Omit<IssueFilterQuery, 'limit' | 'cursor'>;

/** 问题列表 as the server filters it, newest raised first, 50 at a time. */
export function useIssueList(params: IssueListParams) {
  return useInfiniteQuery({
    queryKey: [ISSUES_KEY, params],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      get<Page<IssueSummary>>(`/api/v1/issues${query({ ...params, limit: PAGE_SIZE, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useIssue(id: number) {
  return useQuery({
    queryKey: [ISSUE_KEY, id],
    queryFn: () => get<Issue>(`/api/v1/issues/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/**
 * An issue as the server now answers it, into its cache, the lists refreshed; without one (a 409 said someone
 * changed it first), the issue is fetched again.
 */
export function useIssueSaved() {
  const client = useQueryClient();
  return async (issue: Issue | undefined, id = issue?.id) => {
    if (issue) client.setQueryData([ISSUE_KEY, issue.id], issue);
    else await client.invalidateQueries({ queryKey: [ISSUE_KEY, id] });
    await client.invalidateQueries({ queryKey: [ISSUES_KEY] });
  };
}

/** What may be done to an issue, each a POST answering the issue as it now is. */
export type IssueCommand = 'transitions' | 'progress' | 'pause' | 'resume' | 'plans';

/**
 * Sends a command, puts the answer in the issue's cache and refreshes the lists. A 409 (someone moved it first,
 * or a revisit is still open) refreshes the issue too, so its buttons follow what it now is, and is thrown on for
 * its words to be shown.
 */
export function useIssueCommand() {
  const saved = useIssueSaved();
  return async (id: number, command: IssueCommand, body: object): Promise<Issue> => {
    try {
      const issue = await post<Issue>(`/api/v1/issues/${id}/${command}`, body);
      await saved(issue);
      return issue;
    } catch (error) {
      if (error instanceof ApiError && error.problem.status === 409) await saved(undefined, id);
      throw error;
    }
  };
}

export type AttachmentList = ResponseOf<'/api/v1/issues/{id}/attachments'>;
export type Attachment = AttachmentList['items'][number];

const ATTACHMENTS_KEY = 'issue-attachments';
export const attachmentUrl = (issueId: number, id?: number) =>
  `/api/v1/issues/${issueId}/attachments${id === undefined ? '' : `/${id}`}`;

/** 附件 of an issue, with the size limit and the types the server takes. */
export function useIssueAttachments(issueId: number) {
  return useQuery({
    queryKey: [ATTACHMENTS_KEY, issueId],
    queryFn: () => get<AttachmentList>(attachmentUrl(issueId)),
  });
}

/**
 * Uploading or removing a file: the list and the issue (its timeline records it) are fetched again. The file is
 * the request's body as it is, its name in the query.
 */
export function useAttachmentChanges(issueId: number) {
  const client = useQueryClient();
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: [ATTACHMENTS_KEY, issueId] }),
      client.invalidateQueries({ queryKey: [ISSUE_KEY, issueId] }),
    ]);
  return {
    async upload(file: File): Promise<void> {
      await ensureOk(
        await fetch(`${attachmentUrl(issueId)}${query({ fileName: file.name })}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: {
            'content-type': file.type || 'application/octet-stream',
            'x-huifang-locale': getLocale(),
          },
          body: file,
        }),
      );
      await refresh();
    },
    async remove(id: number): Promise<void> {
      await del(attachmentUrl(issueId, id));
      await refresh();
    },
  };
}
