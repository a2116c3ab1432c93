import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Progress,
  Result,
  Row,
  Space,
  Spin,
  Statistic,
  Steps,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import type { ImportResult } from '../../api/types.ts';
import { useI18n } from '../../app/i18n.tsx';
import { type MessageKey, messages } from '../../app/messages.ts';
import { downloadErrorReport, type ImportProgress, runImport } from './import-client.ts';

type ImportRow = ImportResult['rows'][number];
type Issue = ImportRow['notes'][number];
const known = (key: string): key is MessageKey => key in messages;

const ACTION: Record<ImportResult['rows'][number]['action'], [MessageKey, string]> = {
  create: ['import.create', 'green'],
  update: ['import.update', 'blue'],
  unchanged: ['import.unchanged', 'default'],
  skip: ['import.skip', 'orange'],
  reject: ['import.reject', 'red'],
};

/** Rows of the sheet that are no customer (blank, notes, 合计 lines) and where the header was: said in words. */
function SheetShape({ result }: { result: ImportResult }) {
  const { t, locale } = useI18n();
  const count = result.ignored.reduce((sum, i) => sum + i.count, 0);
  if (count === 0 && result.headerLine <= 1) return null;
  const separator = locale === 'en' ? ', ' : '、';
  const parts = result.ignored.map((i) =>
    t(`import.ignored.${i.kind}`, {
      count: i.count,
      lines: i.lines.join(separator) + (i.count > i.lines.length ? ' …' : ''),
    }),
  );
  const text = [
    result.headerLine > 1 ? t('import.headerAt', { line: result.headerLine }) : '',
    count > 0 ? t('import.ignored', { count, parts: parts.join(locale === 'en' ? '; ' : '；') }) : '',
  ].join(' ');
  return <Alert type="warning" showIcon title={text.trim()} data-testid="import-ignored" />;
}

/**
 * A row's reasons and notes in the user's language, from the server's codes: a bad cell is named as the sheet names
 * its column in Chinese, by the field's name in English (「手机」“1381234”应为… / Mobile: "1381234" must be…).
 */
function RowIssues({ row }: { row: ImportRow }) {
  const { t, locale } = useI18n();
  const word = (issue: Issue) => {
    const key = `importIssue.${issue.code}`;
    return known(key) ? t(key, issue.params) : issue.message;
  };
  const column = (e: ImportRow['errors'][number]) => {
    const key = `importField.${e.field}`;
    return locale === 'en' && known(key) ? t(key) : e.column;
  };
  const texts = [
    ...row.errors.map((e) => t('import.cellIssue', { column: column(e), message: word(e) })),
    ...row.notes.map(word),
  ];
  return <>{texts.join(t('import.issueSeparator'))}</>;
}

function ProgressLine({ step, progress }: { step: 'preview' | 'apply'; progress: ImportProgress }) {
  const { t } = useI18n();
  const { done, total } = progress;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="import-progress">
      <Typography.Text>
        {t(step === 'preview' ? 'import.checking' : 'import.applying')}
        {total ? t('import.doneOfTotal', { done, total }) : t('import.done', { done })}
      </Typography.Text>
      {total ? (
        <Progress percent={Math.min(99, Math.floor((done / total) * 100))} status="active" />
      ) : (
        <Spin />
      )}
    </Space>
  );
}

/** 导入向导: choose a file → check every row → apply the accepted rows in one go, with progress throughout. */
export function ImportPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<ImportResult>();
  const [applied, setApplied] = useState<ImportResult>();
  const [error, setError] = useState<string>();
  const [running, setRunning] = useState<{ step: 'preview' | 'apply'; progress: ImportProgress }>();

  const run = async (step: 'preview' | 'apply', chosen: File) => {
    setRunning({ step, progress: { done: 0, total: null } });
    setError(undefined);
    try {
      const result = await runImport(step, chosen, (progress) => setRunning({ step, progress }));
      if (step === 'preview') setPreview(result);
      else {
        setApplied(result);
        await client.invalidateQueries({ queryKey: ['customers'] });
      }
    } catch (e) {
      setError(e instanceof ApiError ? e.problem.detail : String(e));
    } finally {
      setRunning(undefined);
    }
  };
  const current = applied ? 2 : preview ? 1 : 0;
  const accepted = preview ? preview.summary.create + preview.summary.update : 0;
  const history = preview ? preview.history.records + preview.history.tasks + preview.history.issues : 0;

  return (
    <Card
      title={`${t('customers.title')} · ${t('customers.import')}`}
      extra={<Button href="/api/v1/customer-imports/template">{t('import.template')}</Button>}
    >
      <Steps
        current={current}
        items={[
          { title: t('import.stepFile') },
          { title: t('import.stepCheck') },
          { title: t('import.stepDone') },
        ]}
        style={{ marginBottom: 24 }}
      />
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="import-error" />
      )}
      {running && <ProgressLine step={running.step} progress={running.progress} />}
      {!preview && !running && (
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(chosen) => {
            setFile(chosen);
            void run('preview', chosen);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{t('import.drop')}</p>
        </Upload.Dragger>
      )}
      {preview && !applied && !running && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Row gutter={16}>
            {(Object.keys(ACTION) as (keyof typeof ACTION)[]).map((a) => (
              <Col flex="1 1 0" key={a}>
                <Card size="small">
                  <Statistic title={t(ACTION[a][0])} value={preview.summary[a]} data-testid={`count-${a}`} />
                </Card>
              </Col>
            ))}
          </Row>
          <SheetShape result={preview} />
          <Alert
            type="info"
            showIcon
            title={t('import.history', { ...preview.history })}
            data-testid="import-history"
          />
          <Table
            rowKey="line"
            size="small"
            dataSource={preview.rows}
            pagination={{ pageSize: 20 }}
            columns={[
              { title: t('import.line'), dataIndex: 'line', width: 70 },
              {
                title: t('import.result'),
                dataIndex: 'action',
                width: 80,
                render: (a: keyof typeof ACTION) => <Tag color={ACTION[a][1]}>{t(ACTION[a][0])}</Tag>,
              },
              { title: t('customers.code'), dataIndex: 'code', width: 100 },
              { title: t('customers.name'), dataIndex: 'name' },
              {
                title: t('import.reason'),
                key: 'reason',
                render: (_: unknown, row: ImportRow) => <RowIssues row={row} />,
              },
            ]}
          />
          <Space>
            <Button onClick={() => setPreview(undefined)}>{t('import.again')}</Button>
            {preview.summary.reject > 0 && file && (
              <Button onClick={() => void downloadErrorReport(file).catch((e) => setError(String(e)))}>
                {t('import.errorReport')}
              </Button>
            )}
            <Button
              type="primary"
              disabled={!file || accepted + history === 0}
              onClick={() => file && run('apply', file)}
            >
              {t('import.apply', { count: accepted, rejected: preview.summary.reject })}
            </Button>
          </Space>
        </Space>
      )}
      {applied && (
        <Result
          status="success"
          title={t('import.finished', { ...applied.summary })}
          subTitle={t('import.historyDone', { ...applied.history })}
          extra={[
            <Button key="list" type="primary" onClick={() => navigate('/customers')}>
              {t('import.viewCustomers')}
            </Button>,
            <Button
              key="again"
              onClick={() => {
                setApplied(undefined);
                setPreview(undefined);
              }}
            >
              {t('import.more')}
            </Button>,
          ]}
        />
      )}
    </Card>
  );
}
