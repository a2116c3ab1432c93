import { Button } from 'antd';
import { useI18n } from './i18n.tsx';

/** 加载更多 under a keyset list: shown while the last page came with a `nextCursor`. */
export function LoadMore({
  list,
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage(): unknown };
}) {
  const { t } = useI18n();
  if (!list.hasNextPage) return null;
  return (
    <div style={{ textAlign: 'center', marginTop: 16 }}>
      <Button onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
        {t('common.loadMore')}
      </Button>
    </div>
  );
}
