#pragma once

// Identity belongs to the account (Account::identities()); this header stays for the composer's
// includes.
#include "models/accounts/Account.h"
#include "models/accounts/Identity.h"
