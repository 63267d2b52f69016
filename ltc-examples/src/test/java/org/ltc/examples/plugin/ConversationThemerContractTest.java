package org.ltc.examples.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ltc.model.plugin.PluginRegistry;
import org.ltc.theming.Themer;
import org.ltc.theming.Themers;
import org.ltc.theming.contract.ThemerContract;

/**
 * A third-party themer, compiled only in test sources with its own service entry, keeps the contract and is
 * found by ServiceLoader next to the built-ins and the example plug-in.
 */
class ConversationThemerContractTest implements ThemerContract {
    @Override
    public Themer themer() {
        return new ConversationThemer();
    }

    @Test
    void serviceLoaderFindsTheThirdPartyThemer() {
        PluginRegistry<Themer> registry = Themers.discover(getClass().getClassLoader());
        assertEquals(ConversationThemer.class, registry.get("by-conversation").getClass());
        assertTrue(registry.ids().contains("by-question"), "the example plug-in is found too: " + registry.ids());
    }
}
