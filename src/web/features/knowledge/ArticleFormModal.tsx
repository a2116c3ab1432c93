import { useQueryClient } from '@tanstack/react-query';
import { Alert, AutoComplete, Col, Form, Input, Row, Switch } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ISSUE_CATEGORIES } from '../../../domain/issues/vocabulary.ts';
import { ApiError } from '../../api/client.ts';
import type { Issue } from '../../api/types.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ISSUE_KEY } from '../issues/queries.ts';
import { ARTICLE_KEY, type Article, useSaveArticle } from './queries.ts';

interface ArticleValues {
  title: string;
  category?: string | null;
  problem: string;
  solution: string;
  typicalCase?: boolean;
}

/** The title an issue suggests: its category, then the start of its description. */
export function titleFromIssue(issue: Pick<Issue, 'category' | 'description'>): string {
  const start = issue.description.replace(/\s+/g, ' ').trim();
  const head = start.length > 40 ? `${start.slice(0, 40)}…` : start;
  return issue.category ? `${issue.category}：${head}` : head;
}

/**
 * One knowledge-base article to write: new (新建文章), from a resolved issue (转为知识库文章, filled in from it)
 * or a change to one (修改, sent with the version it was read at: if someone saved it first, the server's words
 * show above the form and the article is read again). A new article opens once saved.
 */
export function ArticleFormModal({
  open,
  onClose,
  article,
  issue,
}: {
  open: boolean;
  onClose(): void;
  article?: Article;
  issue?: Issue;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const client = useQueryClient();
  const save = useSaveArticle();
  const [conflict, setConflict] = useState<string>();
  const [form] = Form.useForm<ArticleValues>();

  const initialValues: Partial<ArticleValues> = article
    ? {
        title: article.title,
        category: article.category,
        problem: article.problem,
        solution: article.solution,
        typicalCase: article.typicalCase,
      }
    : issue
      ? {
          title: titleFromIssue(issue),
          category: issue.category,
          problem: issue.description,
          solution: issue.solution ?? '',
          typicalCase: false,
        }
      : { typicalCase: false };

  const submit = async (values: ArticleValues) => {
    const fields = {
      title: values.title.trim(),
      category: values.category?.trim() || null,
      problem: values.problem,
      solution: values.solution,
      typicalCase: Boolean(values.typicalCase),
    };
    if (article) {
      try {
        await save({ id: article.id, version: article.version, ...fields });
      } catch (error) {
        if (error instanceof ApiError && error.problem.status === 409) {
          setConflict(error.problem.detail);
          await client.invalidateQueries({ queryKey: [ARTICLE_KEY, article.id] });
          return false;
        }
        throw error;
      }
      setConflict(undefined);
      return t('kb.saved');
    }
    const saved = await save(issue ? { sourceIssueId: issue.id, ...fields } : fields);
    if (issue) await client.invalidateQueries({ queryKey: [ISSUE_KEY, issue.id] });
    navigate(`/knowledge/${saved.id}`);
    return t('kb.created', { title: saved.title });
  };

  const close = () => {
    setConflict(undefined);
    onClose();
  };

  return (
    <FormModal<ArticleValues>
      open={open}
      title={
        article ? t('kb.editTitle') : issue ? t('kb.fromIssueTitle', { number: issue.number }) : t('kb.new')
      }
      form={form}
      width={760}
      testId="article-form"
      initialValues={initialValues}
      intro={
        conflict ? (
          <Alert
            type="warning"
            showIcon
            title={conflict}
            style={{ marginBottom: 16 }}
            data-testid="article-conflict"
          />
        ) : issue ? (
          <Alert type="info" showIcon title={t('kb.fromIssueIntro')} style={{ marginBottom: 16 }} />
        ) : null
      }
      submit={submit}
      onClose={close}
    >
      <Form.Item
        name="title"
        label={t('kb.articleTitle')}
        rules={[{ required: true, whitespace: true, message: t('kb.required') }]}
      >
        <Input maxLength={200} data-testid="article-title" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="category" label={t('kb.category')}>
            <AutoComplete
              allowClear
              maxLength={50}
              options={ISSUE_CATEGORIES.map((c) => ({ value: c }))}
              data-testid="article-category"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="typicalCase"
            valuePropName="checked"
            label={t('kb.typicalCase')}
            extra={t('kb.typicalHint')}
          >
            <Switch data-testid="article-typical" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="problem"
        label={t('kb.problem')}
        rules={[{ required: true, whitespace: true, message: t('kb.required') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={4000}
          data-testid="article-problem"
        />
      </Form.Item>
      <Form.Item
        name="solution"
        label={t('kb.solution')}
        rules={[{ required: true, whitespace: true, message: t('kb.required') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 12 }}
          maxLength={8000}
          data-testid="article-solution"
        />
      </Form.Item>
    </FormModal>
  );
}
