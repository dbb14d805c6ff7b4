package com.storedesk.data.facts;

import com.storedesk.data.Database;

class CashierActivityRepositoryTest extends CashierActivityFacts {

    @Override
    Database openDatabase() {
        return FactsDatabase.openH2();
    }
}
