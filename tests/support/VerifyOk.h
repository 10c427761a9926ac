#pragma once

#include "protocols/Error.h"

#include <QTest>

/// Fails the test with the error's sentence unless `expr` (a protocols::Error) is OK.
#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const postier::protocols::Error verifyOkError_ = (expr);                                   \
        QVERIFY2(verifyOkError_.isOk(), qPrintable(verifyOkError_.sentence()));                    \
    } while (false)
