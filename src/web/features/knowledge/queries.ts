import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get, post, query } from '../../api/client.ts';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/types.ts';

// 知识库 (knowledge base): the names of what its routes answer, from the generated OpenAPI types.
export type Article = ItemOf<'/api/v1/knowledge-articles'>;
export type ArticleBody = BodyOf<'/api/v1/knowledge-articles', 'post'>;
export type ArticleEdit = BodyOf<'/api/v1/knowledge-articles/{id}', 'put'>;
export type Suggestions = ResponseOf<'/api/v1/issues/suggestions', 'post'>;
export type SimilarIssue = Suggestions['similarIssues'][number];

export const ARTICLES_KEY = 'knowledge-articles';
export const ARTICLE_KEY = 'knowledge-article';

const PAGE_SIZE = 30;

export interface ArticleFilters {
  q?: string;
  category?: string;
  typicalCase?: boolean;
}

/**
 * 知识库 as the server finds it: with words, the best matching first (all of them, no paging); without, the
 * newest first, 30 at a time.
 */
export function useArticles(filters: ArticleFilters) {
  return useInfiniteQuery({
    queryKey: [ARTICLES_KEY, filters],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      get<{ items: Article[]; nextCursor: string | null }>(
        `/api/v1/knowledge-articles${query({
          q: filters.q || undefined,
          category: filters.category || undefined,
          typicalCase: filters.typicalCase || undefined,
          limit: PAGE_SIZE,
          cursor: pageParam || undefined,
        })}`,
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useArticle(id: number) {
  return useQuery({
    queryKey: [ARTICLE_KEY, id],
    queryFn: () => get<Article>(`/api/v1/knowledge-articles/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Saves an article (new, or a change with the version it was read at), into its cache, the lists refreshed. */
export function useSaveArticle() {
  const client = useQueryClient();
  return async (body: ArticleBody | (ArticleEdit & { id: number })): Promise<Article> => {
    const article =
      'id' in body
        ? await api<Article>('PUT', `/api/v1/knowledge-articles/${body.id}`, { ...body, id: undefined })
        : await post<Article>('/api/v1/knowledge-articles', body);
    client.setQueryData([ARTICLE_KEY, article.id], article);
    await client.invalidateQueries({ queryKey: [ARTICLES_KEY] });
    return article;
  };
}

/** The articles and open issues that look like what is being typed in (nothing asked under 4 characters). */
export function useSuggestions(text: string, customerId: number | undefined) {
  const words = text.trim();
  return useQuery({
    queryKey: ['issue-suggestions', words, customerId ?? null],
    queryFn: () =>
      post<Suggestions>(
        '/api/v1/issues/suggestions',
        customerId ? { text: words, customerId } : { text: words },
      ),
    enabled: words.length >= 4,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
