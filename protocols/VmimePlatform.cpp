#include "protocols/VmimePlatform.h"

#include <vmime/platform.hpp>
#include <vmime/platforms/posix/posixHandler.hpp>

#include <mutex>

namespace postier::protocols {

void ensureVmimePlatform()
{
    // vmime's handler is one unguarded static shared_ptr: checking and setting it from two threads
    // at once (a first connection while the composer builds a message) is a data race, and a
    // second set would swap the handler under a thread that is using it.
    static std::once_flag once;
    std::call_once(once, [] {
        try {
            (void)vmime::platform::getHandler();
        } catch (const vmime::exceptions::no_platform_handler &) {
            vmime::platform::setHandler<vmime::platforms::posix::posixHandler>();
        }
    });
}

} // namespace postier::protocols
