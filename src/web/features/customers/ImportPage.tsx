import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Result, Row, Space, Statistic, Steps, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, getLocale } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';

interface ImportResult {
  summary: { create: number; update: number; unchanged: number; reject: number };
  rows: {
    line: number;
    action: 'create' | 'update' | 'unchanged' | 'reject';
    name: string;
    code: string | null;
    errors: { column: string; message: string }[];
  }[];
}

const ACTION = {
  create: ['新建', 'green'],
  update: ['更新', 'blue'],
  unchanged: ['不变', 'default'],
  reject: ['拒绝', 'red'],
} as const;

async function send(step: 'preview' | 'apply', file: File): Promise<ImportResult> {
  const type = file.name.toLowerCase().endsWith('.csv')
    ? 'text/csv'
    : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const response = await fetch(`/api/v1/customer-imports/${step}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': type, 'x-huifang-locale': getLocale() },
    body: file,
  });
  const data = await response.json();
  if (!response.ok)
    throw new ApiError({
      status: response.status,
      title: '',
      detail: response.statusText,
      code: 'unknown',
      ...data,
    });
  return data as ImportResult;
}

/** 导入向导: choose a file → check every row → apply the accepted rows in one go. */
export function ImportPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<ImportResult>();
  const [applied, setApplied] = useState<ImportResult>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const run = async (step: 'preview' | 'apply', chosen: File) => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await send(step, chosen);
      if (step === 'preview') setPreview(result);
      else {
        setApplied(result);
        await client.invalidateQueries({ queryKey: ['customers'] });
      }
    } catch (e) {
      setError(e instanceof ApiError ? e.problem.detail : String(e));
    } finally {
      setBusy(false);
    }
  };
  const current = applied ? 2 : preview ? 1 : 0;

  return (
    <Card
      title={`${t('customers.title')} · 导入`}
      extra={<Button href="/api/v1/customer-imports/template">下载模板</Button>}
    >
      <Steps
        current={current}
        items={[{ title: '选择文件' }, { title: '预检' }, { title: '完成' }]}
        style={{ marginBottom: 24 }}
      />
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="import-error" />
      )}
      {!preview && (
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(chosen) => {
            setFile(chosen);
            void run('preview', chosen);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>点击或拖入 .xlsx / .csv 文件（列与“客户关系维护跟踪总表”一致）</p>
        </Upload.Dragger>
      )}
      {preview && !applied && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Row gutter={16}>
            {(Object.keys(ACTION) as (keyof typeof ACTION)[]).map((a) => (
              <Col span={6} key={a}>
                <Card size="small">
                  <Statistic title={ACTION[a][0]} value={preview.summary[a]} data-testid={`count-${a}`} />
                </Card>
              </Col>
            ))}
          </Row>
          <Table
            rowKey="line"
            size="small"
            dataSource={preview.rows}
            pagination={{ pageSize: 20 }}
            columns={[
              { title: '行号', dataIndex: 'line', width: 70 },
              {
                title: '结果',
                dataIndex: 'action',
                width: 80,
                render: (a: keyof typeof ACTION) => <Tag color={ACTION[a][1]}>{ACTION[a][0]}</Tag>,
              },
              { title: '客户编号', dataIndex: 'code', width: 100 },
              { title: '客户名称', dataIndex: 'name' },
              {
                title: '原因',
                dataIndex: 'errors',
                render: (errors: ImportResult['rows'][number]['errors']) =>
                  errors.map((e) => `【${e.column}】${e.message}`).join('；'),
              },
            ]}
          />
          <Space>
            <Button onClick={() => setPreview(undefined)}>重新选择文件</Button>
            <Button
              type="primary"
              loading={busy}
              disabled={!file || preview.summary.create + preview.summary.update === 0}
              onClick={() => file && run('apply', file)}
            >
              导入 {preview.summary.create + preview.summary.update} 行（跳过拒绝的 {preview.summary.reject}{' '}
              行）
            </Button>
          </Space>
        </Space>
      )}
      {applied && (
        <Result
          status="success"
          title={`导入完成：新建 ${applied.summary.create}，更新 ${applied.summary.update}，不变 ${applied.summary.unchanged}，拒绝 ${applied.summary.reject}`}
          extra={[
            <Button key="list" type="primary" onClick={() => navigate('/customers')}>
              查看客户
            </Button>,
            <Button
              key="again"
              onClick={() => {
                setApplied(undefined);
                setPreview(undefined);
              }}
            >
              继续导入
            </Button>,
          ]}
        />
      )}
    </Card>
  );
}
