import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Space, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { get, query } from '../../api/client.ts';
import type { Page, ReviewBox, ReviewItem } from '../../api/types.ts';
import { can, useCompanyZone, useMe } from '../../app/auth.tsx';
import { TableOrCards } from '../../app/CardList.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadMore } from '../../app/LoadMore.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { zoneDateTime } from '../../app/zone.ts';
import { NumberAt, Ratings, Satisfaction } from './cells.tsx';
import { REVIEWS_KEY } from './queries.ts';
import { RecordDrawer } from './RecordDrawer.tsx';
import { deadlineText, SUBMISSION_COLORS, submissionWord } from './words.ts';

const PAGE_SIZE = 50;

const BOX_LABELS: Record<ReviewBox, MessageKey> = {
  to_approve: 'review.toApprove',
  all: 'review.all',
  mine: 'review.mine',
};

/**
 * 记录审核: 待我审核 and 我管辖的全部 for reviewers (records.review), 我提交的 for whoever logs records. `?box=` picks
 * the tab (回访记录 links to 我提交的).
 */
export function ReviewsPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const [search, setSearch] = useSearchParams();
  const boxes = (['to_approve', 'all', 'mine'] as const).filter((box) =>
    box === 'mine' ? can(me, 'followups.work') : can(me, 'records.review'),
  );
  const asked = search.get('box') as ReviewBox | null;
  const active = asked && boxes.includes(asked) ? asked : boxes[0];
  return (
    <Card title={t('menu.recordReviews')}>
      <Typography.Paragraph type="secondary">{t('review.hint')}</Typography.Paragraph>
      <Tabs
        activeKey={active}
        onChange={(box) => setSearch({ box }, { replace: true })}
        destroyOnHidden
        items={boxes.map((box) => ({
          key: box,
          label: t(BOX_LABELS[box]),
          children: <ReviewTable box={box} />,
        }))}
      />
    </Card>
  );
}

// What a submission shows, in the table's cells on wider screens and on its card on a phone.

function CustomerStaff({ row, box }: { row: ReviewItem; box: ReviewBox }) {
  return (
    <Space orientation="vertical" size={0}>
      <span>{row.record.customerName}</span>
      {box === 'mine' ? null : <Typography.Text type="secondary">{row.record.staffName}</Typography.Text>}
    </Space>
  );
}

/** Which submission and when; on a card (`labelled`) the time says what it is. */
function RoundSubmitted({ row, labelled = false }: { row: ReviewItem; labelled?: boolean }) {
  const { t } = useI18n();
  const zone = useCompanyZone();
  return (
    <Space orientation="vertical" size={0}>
      <span>{t('review.roundCell', { n: row.round })}</span>
      <Typography.Text type="secondary">
        {labelled ? `${t('review.submittedAt')} ` : ''}
        {zoneDateTime(row.submittedAt, zone)}
      </Typography.Text>
    </Space>
  );
}

/** The review deadline, and 逾期 in red beside it while it waits past it. */
function Due({ row }: { row: ReviewItem }) {
  const { t } = useI18n();
  const zone = useCompanyZone();
  return (
    <Space size={4} wrap>
      {row.record.reviewDueAt ? deadlineText(row.record.reviewDueAt, zone) : '—'}
      {row.status === 'pending' && row.record.reviewOverdue ? (
        <Tag color="red" data-testid="queue-overdue">
          {t('review.overdue')}
        </Tag>
      ) : null}
    </Space>
  );
}

function SubmissionStatus({ row }: { row: ReviewItem }) {
  const { t } = useI18n();
  return (
    <Tag color={SUBMISSION_COLORS[row.status] ?? 'default'} data-testid="submission-status">
      {submissionWord(row.status, t)}
    </Tag>
  );
}

function Decision({ row }: { row: ReviewItem }) {
  const { t } = useI18n();
  return row.comment
    ? t('review.decidedWith', { name: row.decidedByName ?? '', comment: row.comment })
    : (row.decidedByName ?? '—');
}

/** 审核 in 待我审核, 查看 elsewhere: on a table the whole row opens the record too. */
function OpenButton({ waiting, onClick }: { waiting: boolean; onClick?: () => void }) {
  const { t } = useI18n();
  return (
    <Button size="small" type={waiting ? 'primary' : 'default'} onClick={onClick}>
      {t(waiting ? 'review.doReview' : 'review.open')}
    </Button>
  );
}

/** Below 576 px (a phone) a submission is a card, its button under it: the table would scroll inside itself. */
function ReviewCard({
  row,
  box,
  onOpen,
}: {
  row: ReviewItem;
  box: ReviewBox;
  onOpen(recordId: number): void;
}) {
  const { t } = useI18n();
  const waiting = box === 'to_approve';
  const label = (key: MessageKey) => <Typography.Text type="secondary">{t(key)} </Typography.Text>;
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <NumberAt
        record={row.record}
        onOpen={() => onOpen(row.record.id)}
        timeLabel={t('records.contactedAt')}
      />
      <CustomerStaff row={row} box={box} />
      <Ratings record={row.record} />
      <RoundSubmitted row={row} labelled />
      <span>
        {label('review.due')}
        <Due row={row} />
      </span>
      {waiting ? null : (
        <>
          <SubmissionStatus row={row} />
          <span>
            {label('review.decision')}
            <Decision row={row} />
          </span>
        </>
      )}
      <OpenButton waiting={waiting} onClick={() => onOpen(row.record.id)} />
    </Space>
  );
}

/** One box of submissions, newest first, 50 at a time; a row opens its record with the review buttons. */
function ReviewTable({ box }: { box: ReviewBox }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<number>();
  const list = useInfiniteQuery({
    queryKey: [REVIEWS_KEY, box],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      get<Page<ReviewItem>>(`/api/v1/record-reviews${query({ box, limit: PAGE_SIZE, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const waiting = box === 'to_approve';

  const columns: ColumnsType<ReviewItem> = [
    {
      title: `${t('records.number')} / ${t('records.contactedAt')}`,
      width: 150,
      fixed: 'left',
      render: (_, row) => <NumberAt record={row.record} />,
    },
    {
      title: box === 'mine' ? t('records.customer') : `${t('records.customer')} / ${t('records.staff')}`,
      render: (_, row) => <CustomerStaff row={row} box={box} />,
    },
    {
      title: `${t('records.serviceShort')} / ${t('records.productShort')}`,
      width: 100,
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <Satisfaction value={row.record.serviceSatisfaction} />
          <Satisfaction value={row.record.productSatisfaction} />
        </Space>
      ),
    },
    {
      title: `${t('review.roundCol')} / ${t('review.submittedAt')}`,
      width: 140,
      render: (_, row) => <RoundSubmitted row={row} />,
    },
    { title: t('review.due'), width: 145, render: (_, row) => <Due row={row} /> },
    // 待我审核 waits, every row: the status and the decision are for the other boxes.
    ...(waiting
      ? []
      : [
          {
            title: t('records.reviewStatus'),
            width: 90,
            render: (_: unknown, row: ReviewItem) => <SubmissionStatus row={row} />,
          },
          {
            title: t('review.decision'),
            render: (_: unknown, row: ReviewItem) => <Decision row={row} />,
          },
        ]),
    {
      title: t('common.actions'),
      width: 76,
      fixed: 'right',
      render: () => <OpenButton waiting={waiting} />,
    },
  ];

  return (
    <>
      <TableOrCards<ReviewItem>
        rows={rows}
        rowKey={(row) => row.reviewId}
        loading={list.isLoading}
        testId={`reviews-${box}`}
        cardTestId="review-card"
        card={(row) => <ReviewCard row={row} box={box} onOpen={setOpen} />}
        table={{
          // Each column at its least (customer and comment wrap); narrower than that, the table scrolls.
          scroll: { x: waiting ? 720 : 960 },
          onRow: (row) => ({ onClick: () => setOpen(row.record.id), style: { cursor: 'pointer' } }),
          columns,
        }}
      />
      <LoadMore list={list} />
      <RecordDrawer id={open} onClose={() => setOpen(undefined)} closeOnDecision={waiting} />
    </>
  );
}
