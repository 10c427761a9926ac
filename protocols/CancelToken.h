#pragma once

#include <atomic>
#include <memory>

namespace postier::protocols {

/// A flag shared between the thread that asks for a cancel and the connection thread that polls
/// it (from vmime's timeoutHandler and from our own socket loops). Copies share the same flag.
class CancelToken
{
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace postier::protocols
