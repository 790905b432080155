package org.briefingengine.engine;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;

/**
 * How a session is made. One thread inserts, fires and reads each session (the watchdog only halts it), so it is
 * not thread-safe: a thread-safe session queues every insert as a pending propagation until the rules fire, which
 * at a million meetings is 7.4 million queued entries (240 MB) held beside the facts they carry. Unsafe, each fact
 * goes into the network as it is inserted.
 */
final class SessionOptions {

    private SessionOptions() {
    }

    static KieSession newSession(KieBase base) {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(ThreadSafeOption.NO);
        return base.newKieSession(configuration, null);
    }
}
