package org.ltc.theming.label;

import org.ltc.theming.ThemeLabeller;
import org.ltc.theming.contract.ThemeLabellerContract;

class KeyPhraseLabellerContractTest extends ThemeLabellerContract {
    @Override
    protected ThemeLabeller labeller() {
        return new KeyPhraseLabeller();
    }
}
