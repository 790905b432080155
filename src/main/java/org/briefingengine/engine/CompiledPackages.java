package org.briefingengine.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * A compiled rule base as bytes and back. A {@code KieBase} cannot be serialised, but its packages can (they are
 * {@code Externalizable} and carry the generated classes' bytecode); a new base built from them with
 * {@code addPackages} behaves as the compiled one.
 */
final class CompiledPackages {

    /**
     * Only what a compiled package holds may be read back: Drools' and MVEL's own types, the JDK's collections and
     * values, and the rule vocabulary. Anything else (a gadget planted in a stream) is rejected before it is built.
     */
    static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;java.lang.*;java.io.File;java.util.*;java.util.concurrent.**;java.util.regex.*;java.time.*;"
                    + "java.math.*;java.lang.reflect.Array;org.drools.**;org.kie.**;org.mvel2.**;"
                    + "org.briefingengine.model.**;org.briefingengine.engine.**;!*");

    private CompiledPackages() {
    }

    static byte[] write(KieBase base) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            Collection<KiePackage> packages = base.getKiePackages();
            out.writeInt(packages.size());
            for (KiePackage p : packages) {
                out.writeObject(p);
            }
        }
        return bytes.toByteArray();
    }

    static KieBase read(byte[] payload) throws IOException, ClassNotFoundException {
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        List<KiePackage> packages = new ArrayList<>();
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(payload),
                base.getRootClassLoader())) {
            in.setObjectInputFilter(info -> {
                ObjectInputFilter.Status status = FILTER.checkInput(info);
                if (status == ObjectInputFilter.Status.REJECTED) {
                    throw new SecurityException("it holds " + (info.serialClass() == null ? "more than a compiled "
                            + "rule base may hold" : info.serialClass().getName() + ", which a compiled rule base never holds"));
                }
                return status;
            });
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                packages.add((InternalKnowledgePackage) in.readObject());
            }
        }
        base.addPackages(packages);
        return base;
    }
}
