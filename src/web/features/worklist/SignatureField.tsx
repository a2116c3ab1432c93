import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Segmented, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import SignaturePad from 'signature_pad';
import { useI18n } from '../../app/i18n.tsx';
import { fileSize } from './words.ts';

/** What the server takes (its limit is 1.5 M characters of data URL: a 1 MB photo fits). */
export const MAX_PHOTO_BYTES = 1024 * 1024;
const PHOTO_TYPES = ['image/jpeg', 'image/png'];

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The pad: a canvas sized to its box at the screen's pixel ratio, redrawn (not lost) when the window resizes. */
function DrawPad({ onChange }: { onChange(value?: string): void }) {
  const { t } = useI18n();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad>(null);
  const changed = useRef(onChange);
  changed.current = onChange;
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const pad = new SignaturePad(canvas, { backgroundColor: 'rgb(255, 255, 255)', penColor: '#1f1f1f' });
    padRef.current = pad;
    const fitToBox = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const strokes = pad.toData();
      canvas.width = canvas.offsetWidth * ratio;
      canvas.height = canvas.offsetHeight * ratio;
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad.clear();
      pad.fromData(strokes);
    };
    fitToBox();
    const ended = () => changed.current(pad.isEmpty() ? undefined : pad.toDataURL('image/png'));
    pad.addEventListener('endStroke', ended);
    window.addEventListener('resize', fitToBox);
    return () => {
      window.removeEventListener('resize', fitToBox);
      pad.removeEventListener('endStroke', ended);
      pad.off();
    };
  }, []);
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('rec.signHere')}</Typography.Text>
      <canvas
        ref={canvasRef}
        data-testid="signature-pad"
        style={{
          display: 'block',
          width: '100%',
          height: 200,
          border: '1px dashed #bfbfbf',
          borderRadius: 6,
          background: '#fff',
          touchAction: 'none',
          cursor: 'crosshair',
        }}
      />
      <div>
        <Button
          icon={<DeleteOutlined />}
          onClick={() => {
            padRef.current?.clear();
            changed.current(undefined);
          }}
          data-testid="signature-clear"
        >
          {t('rec.clear')}
        </Button>
      </div>
    </Flex>
  );
}

/** A photo of the paper form the customer signed: JPEG or PNG up to 1 MB, kept as a data URL. */
function PhotoPick({ value, onChange }: { value?: string; onChange(value?: string): void }) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string>();
  return (
    <Flex vertical gap={8} align="flex-start">
      <Upload
        accept={PHOTO_TYPES.join(',')}
        showUploadList={false}
        beforeUpload={async (file) => {
          if (!PHOTO_TYPES.includes(file.type)) setProblem(t('rec.photoType'));
          else if (file.size > MAX_PHOTO_BYTES)
            setProblem(t('rec.photoTooBig', { size: fileSize(file.size) }));
          else {
            setProblem(undefined);
            onChange(await readAsDataUrl(file));
          }
          return Upload.LIST_IGNORE;
        }}
      >
        <Button icon={<UploadOutlined />} data-testid="signature-photo">
          {t('rec.choosePhoto')}
        </Button>
      </Upload>
      {problem ? <Alert type="error" showIcon title={problem} data-testid="photo-problem" /> : null}
      {value ? (
        <>
          <img
            src={value}
            alt={t('rec.signPhoto')}
            style={{ maxWidth: '100%', maxHeight: 280, border: '1px solid #f0f0f0', borderRadius: 6 }}
            data-testid="signature-preview"
          />
          <Button icon={<DeleteOutlined />} onClick={() => onChange(undefined)}>
            {t('rec.removePhoto')}
          </Button>
        </>
      ) : null}
    </Flex>
  );
}

/**
 * 客户签字 as a form field: drawn on the pad (mouse, pen or finger), or a photo of the signed paper form. Its value
 * is the image as a data URL; switching between the two starts afresh.
 */
export function SignatureField({ value, onChange }: { value?: string; onChange?(value?: string): void }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'draw' | 'photo'>('draw');
  const change = (next?: string) => onChange?.(next);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 640 }} data-testid="signature-field">
      <Segmented
        style={{ alignSelf: 'flex-start' }}
        value={mode}
        onChange={(next) => {
          setMode(next as 'draw' | 'photo');
          change(undefined);
        }}
        options={[
          { value: 'draw', label: t('rec.signDraw') },
          { value: 'photo', label: t('rec.signPhoto') },
        ]}
      />
      {mode === 'draw' ? <DrawPad onChange={change} /> : <PhotoPick value={value} onChange={change} />}
    </Flex>
  );
}
