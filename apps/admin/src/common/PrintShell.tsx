import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, LinearProgress } from '@mui/material';
import type { ReactNode } from 'react';
import { Button, LinkBase, useTranslate } from 'react-admin';

/**
 * A party document printed on A4 (a meeting's record, the standing committee's schedule): the page is the document
 * as it prints, under a toolbar that does not print. Documents are in Vietnamese whatever the panel's language.
 */

/** The document's sheet, its heading (issuing organization on the left, the Party and the date on the right), tables and signatures. */
export const DOCUMENT_CSS = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
.record { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 14pt; line-height: 1.45; color: #000;
  background: #fff; width: 210mm; min-height: 297mm; box-sizing: border-box; padding: 20mm 15mm 20mm 30mm; margin: 0 auto 24px;
  box-shadow: 0 1px 6px rgba(0,0,0,.18); }
.record p { margin: 0 0 4pt; text-align: justify; }
.record .header { display: grid; grid-template-columns: 1.15fr 1fr; column-gap: 8pt; text-align: center; margin-bottom: 14pt; }
.record .header .party { font-weight: bold; font-size: 14pt; }
.record .header .left div { font-size: 13pt; }
.record .header .left .unit { font-weight: bold; }
.record .header .star { margin-top: 2pt; }
.record .header .right .rule { width: 55%; margin: 2pt auto 6pt; border-top: 1px solid #000; }
.record .header .right .dated { font-style: italic; font-size: 13pt; }
.record h1 { font-size: 15pt; text-align: center; margin: 12pt 0 0; font-weight: bold; }
.record .subtitle { text-align: center; font-weight: bold; margin: 0 0 12pt; }
.record table.lines { width: 100%; border-collapse: collapse; font-size: 13pt; margin: 4pt 0 8pt; }
.record table.lines th, .record table.lines td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
.record table.lines th { font-weight: bold; text-align: center; }
.record .signatures { display: grid; grid-template-columns: 1fr 1fr; text-align: center; margin-top: 18pt; page-break-inside: avoid; }
.record .signatures .role { font-weight: bold; }
.record .signatures .hint { font-style: italic; font-size: 12pt; }
.record .signatures .name { margin-top: 60pt; font-weight: bold; }
.record .blank { color: #555; }
@media print {
  body, .print-page { background: #fff !important; }
  .no-print { display: none !important; }
  .record { box-shadow: none; width: auto; min-height: 0; padding: 0; margin: 0; }
}
`;

/** The heading of a party document: the organization above and the issuing unit, then the Party and where and when. */
export function DocumentHeader({ above, unit, dated }: { above: ReactNode; unit: ReactNode; dated: ReactNode }) {
  return (
    <div className="header">
      <div className="left">
        <div>{above}</div>
        <div className="unit">{unit}</div>
        <div className="star">*</div>
      </div>
      <div className="right">
        <div className="party">ĐẢNG CỘNG SẢN VIỆT NAM</div>
        <div className="rule" />
        <div className="dated">{dated}</div>
      </div>
    </div>
  );
}

/**
 * The printed page around a document: back to where it came from, what to check, print (and the page's own actions);
 * progress while it loads, and why there is nothing to print when the viewer may not or the record is gone.
 */
export function PrintShell(props: {
  css: string;
  back: string;
  hint: string;
  printLabel: string;
  /** The document is loaded and may be printed. */
  ready: boolean;
  loading: boolean;
  denied: boolean;
  /** Shown when nothing is loading, the viewer may read, and there is no document. */
  missing: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const error = (message: string) => (
    <Alert severity="error" className="no-print" sx={{ mx: 'auto', maxWidth: 800 }}>
      {translate(message)}
    </Alert>
  );
  return (
    <Box className="print-page" sx={{ bgcolor: '#e9e6e1', minHeight: '100vh', pb: 2 }}>
      <style>{props.css}</style>
      <Box
        className="no-print"
        sx={{ position: 'sticky', top: 0, zIndex: 1, display: 'flex', gap: 1, alignItems: 'center', px: 2, py: 1, mb: 2, bgcolor: '#a31515' }}
      >
        <Button component={LinkBase} label="chibo.print.back" to={props.back} sx={{ color: '#fff' }}>
          <ArrowBackIcon />
        </Button>
        <Box sx={{ flex: 1, color: '#fff', fontSize: 14 }}>{translate(props.hint)}</Box>
        {props.actions}
        <Button label={props.printLabel} variant="contained" color="secondary" size="medium" onClick={() => window.print()} disabled={!props.ready}>
          <PrintIcon />
        </Button>
      </Box>
      {props.loading && <LinearProgress className="no-print" />}
      {props.denied && error('ra.message.access_denied')}
      {!props.denied && !props.loading && !props.ready && error(props.missing)}
      {props.ready && props.children}
    </Box>
  );
}
