/**
 * Privacy: redaction of personal data (e-mail addresses, phone numbers, street addresses, listed names)
 * from note text before anything is themed or written, and a disclosure policy that suppresses figures
 * about small segments. Both are on by default.
 *
 * <p>Public API. Redactors and policies are immutable and thread-safe.
 */
package org.ltc.model.privacy;
