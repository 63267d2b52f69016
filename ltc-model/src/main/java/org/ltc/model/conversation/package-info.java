/**
 * Community conversations: the community, the conversations held, the guide and its questions, the
 * pseudonymous participants, the notes of what residents said, and votes.
 * {@link org.ltc.model.conversation.ConversationSet} is the top-level document.
 *
 * <p>Public API. Records are immutable, validate in their constructors (throwing
 * {@link org.ltc.model.InvalidInputException}) and are thread-safe.
 */
package org.ltc.model.conversation;
