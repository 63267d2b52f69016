package org.ltc.model.action;

/** How much say the public gets in an action: the IAP2 spectrum of public participation, least to most. */
public enum ParticipationLevel {
    INFORM,
    CONSULT,
    INVOLVE,
    COLLABORATE,
    EMPOWER
}
