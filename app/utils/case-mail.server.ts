import { submissionReceiptMail } from "#app/components/mail/submission-receipt-mail.tsx";
import { submissionReceipt } from "#app/domain/submission-receipt.server.ts";
import { db } from "./db.server.ts";
import { publicBaseUrl, sendMail } from "./mail.server.ts";

/**
 * The receipt for a case just submitted, to the submitter and the company's administrators, each
 * in their own language. Rejects if any send fails; the caller wraps it in `delivered`.
 */
export async function sendSubmissionReceipts(caseId: number, submitterId: string): Promise<void> {
  const receipt = submissionReceipt(db, caseId, submitterId);
  if (!receipt) return;
  const link = `${publicBaseUrl()}/entrant/cases/${caseId}/receipt`;
  await Promise.all(
    receipt.recipients.map((recipient) =>
      sendMail({
        to: recipient.email,
        mail: submissionReceiptMail(recipient.locale, { ...receipt, recipientName: recipient.name, link }),
      }),
    ),
  );
}
