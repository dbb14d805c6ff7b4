package com.storedesk.data.facts;

import com.storedesk.data.Database;

class StoreDayFactsRepositoriesTest extends StoreDayFacts {

    @Override
    Database openDatabase() {
        return FactsDatabase.openH2();
    }
}
