package org.xieshang.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns "the data folder is in use" into a short start-up message instead of a chain of bean-creation errors. */
class DataFolderInUseAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabase.DataFolderInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabase.DataFolderInUse cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "停止正在运行的实例，或用 XIESHANG_DATA_DIR 指定另一个数据目录。"
                        + " Stop the running instance, or point XIESHANG_DATA_DIR at another folder.",
                cause);
    }
}
